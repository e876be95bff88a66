// HTTP request durations for the web process. Next.js has no hook around every request in
// production, but it wraps each one in an OpenTelemetry span ("BaseServer.handleRequest": from the
// moment Next routes the request until the response has been written, for pages, server actions
// and route handlers alike) and tags it with the route pattern and status. This is a minimal
// OpenTelemetry tracer that records only those spans, into a Prometheus histogram; every other
// span is a free non-recording one. (The OpenTelemetry SDK's current release does not accept the
// API version the rest of our dependencies use, and a whole SDK would be more than this needs.)
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import {
  context,
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type Attributes,
  type AttributeValue,
  type Context,
  type ContextManager,
  type Span,
  type SpanContext,
  type SpanOptions,
  type Tracer,
  type TracerProvider,
} from "@opentelemetry/api";

export type FinishedRequest = { method: string; route: string; status: number; seconds: number };

const REQUEST_SPAN = "BaseServer.handleRequest";

class AsyncLocalContextManager implements ContextManager {
  private storage = new AsyncLocalStorage<Context>();
  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.storage.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind<T>(ctx: Context, target: T): T {
    if (typeof target !== "function") return target;
    const run = (...args: unknown[]) => this.with(ctx, () => (target as (...a: unknown[]) => unknown)(...args));
    return run as T;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.storage.disable();
    return this;
  }
}

class RequestSpan implements Span {
  private attributes: Attributes;
  private readonly started = performance.now();
  // Ids from randomUUID, which draws on a buffered pool of random bytes: randomBytes made two
  // calls into OpenSSL per request, 1% of the web process's CPU at the door's rates.
  private readonly ids: SpanContext = {
    traceId: randomUUID().replaceAll("-", ""),
    spanId: randomUUID().replaceAll("-", "").slice(16),
    traceFlags: TraceFlags.SAMPLED,
  };
  private ended = false;
  constructor(
    attributes: Attributes | undefined,
    private readonly onEnd: (request: FinishedRequest) => void,
  ) {
    this.attributes = { ...attributes };
  }
  spanContext() {
    return this.ids;
  }
  setAttribute(key: string, value: AttributeValue) {
    this.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Attributes) {
    Object.assign(this.attributes, attributes);
    return this;
  }
  addEvent() {
    return this;
  }
  addLink() {
    return this;
  }
  addLinks() {
    return this;
  }
  setStatus() {
    return this;
  }
  updateName() {
    return this;
  }
  isRecording() {
    return !this.ended;
  }
  recordException() {}
  end() {
    if (this.ended) return;
    this.ended = true;
    const a = this.attributes;
    this.onEnd({
      method: String(a["http.method"] ?? "GET"),
      route: String(a["next.route"] ?? "(unmatched)"),
      status: Number(a["http.status_code"] ?? 0),
      seconds: (performance.now() - this.started) / 1000,
    });
  }
}

function requestTracer(onEnd: (request: FinishedRequest) => void): Tracer {
  const startSpan = (_name: string, options?: SpanOptions, ctx: Context = context.active()): Span => {
    if (options?.attributes?.["next.span_type"] === REQUEST_SPAN) return new RequestSpan(options.attributes, onEnd);
    return trace.wrapSpanContext(trace.getSpanContext(ctx) ?? INVALID_SPAN_CONTEXT);
  };
  return {
    startSpan,
    startActiveSpan<F extends (span: Span) => unknown>(name: string, ...rest: unknown[]): ReturnType<F> {
      const fn = rest.pop() as F;
      const [options, parent] = rest as [SpanOptions | undefined, Context | undefined];
      const ctx = parent ?? context.active();
      const span = startSpan(name, options, ctx);
      return context.with(trace.setSpan(ctx, span), (s: Span) => fn(s) as ReturnType<F>, undefined, span);
    },
  } as Tracer;
}

/** Installs the tracer once per process; onEnd receives every request Next.js handled. */
export function installRequestTracer(onEnd: (request: FinishedRequest) => void): void {
  const holder = globalThis as typeof globalThis & { __eventdeskRequestTracer?: boolean };
  if (holder.__eventdeskRequestTracer) return;
  holder.__eventdeskRequestTracer = true;
  context.setGlobalContextManager(new AsyncLocalContextManager().enable());
  const provider: TracerProvider = { getTracer: () => requestTracer(onEnd) };
  trace.setGlobalTracerProvider(provider);
}
