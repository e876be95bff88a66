// The request tracer records Next.js's request span (as Next.js drives it: a root span with
// next.span_type BaseServer.handleRequest, route and status set before it ends) and nothing else.
import { context, createContextKey, trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { installRequestTracer, type FinishedRequest } from "@/lib/metrics/request-tracer";

const finished: FinishedRequest[] = [];
installRequestTracer((r) => finished.push(r));
const tracer = trace.getTracer("next.js");

describe("the request tracer", () => {
  it("reports a handled request with its method, route pattern, status and duration", async () => {
    await tracer.startActiveSpan(
      "GET",
      { attributes: { "next.span_type": "BaseServer.handleRequest", "http.method": "GET", "http.target": "/events/123?x=1" } },
      async (span) => {
        // Nested spans (rendering) are not recorded, and see the request span as the active one.
        tracer.startActiveSpan("render", { attributes: { "next.span_type": "AppRender.getBodyResult" } }, (child) => {
          expect(child.isRecording()).toBe(false);
          expect(child.spanContext().traceId).toBe(span.spanContext().traceId);
          child.end();
        });
        await new Promise((r) => setTimeout(r, 20));
        span.setAttributes({ "http.status_code": 200, "next.route": "/events/[eventId]" });
        span.end();
      },
    );
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ method: "GET", route: "/events/[eventId]", status: 200 });
    expect(finished[0].seconds).toBeGreaterThanOrEqual(0.015);
    expect(finished[0].seconds).toBeLessThan(1);
  });

  it("keeps context values across await, as Next.js needs to find the request's root span", async () => {
    const key = createContextKey("root");
    const seen = await context.with(context.active().setValue(key, 42), async () => {
      await new Promise((r) => setTimeout(r, 5));
      return context.active().getValue(key);
    });
    expect(seen).toBe(42);
    expect(context.active().getValue(key)).toBeUndefined();
  });

  it("labels a request Next.js did not route as unmatched", () => {
    const span = tracer.startSpan("GET", { attributes: { "next.span_type": "BaseServer.handleRequest", "http.method": "POST" } });
    span.setAttribute("http.status_code", 404);
    span.end();
    span.end();
    expect(finished.at(-1)).toMatchObject({ method: "POST", route: "(unmatched)", status: 404 });
    expect(finished).toHaveLength(2);
  });
});
