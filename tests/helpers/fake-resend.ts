// A local stand-in for the Resend HTTP API (the parts we use), for tests and benchmarks that point
// the SDK at it with `baseUrl`. It behaves like Resend where our code depends on it:
// - POST /emails and POST /emails/batch (≤ 100 emails, no attachments), Bearer auth;
// - Idempotency-Key: the same key returns the first answer and is not counted again (Resend keeps
//   keys 24 h); the same key with a different body is refused with 409;
// - errors as Resend's JSON `{ statusCode, name, message }`, which the SDK returns as `{ error }`,
//   with the status and name https://resend.com/docs/api-reference/errors gives for each case;
// - 409 concurrent_idempotent_requests while a request with the same key is still being processed,
//   400 invalid_idempotency_key for a key outside 1–256 characters
//   (https://resend.com/docs/dashboard/emails/idempotency-keys);
// - 403 validation_error for a sender whose domain is not verified (verifiedDomains), 422 for
//   attachments over 40 MB (https://resend.com/docs/dashboard/emails/attachments);
// - ratelimit-limit / -remaining / -reset headers on every answer, 429 + retry-after over the limit.
// Failures are injected with failNext(n, kind); accepted emails are listed in `received`.
// overrideRateHeaders() makes it report a quota other clients are using up.
// With a webhook target (setWebhook), report(emailId, type) makes the call Resend would make to
// the app's /api/webhooks/resend for an accepted email: delivered, bounced, complained, delayed.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { postSignedWebhook, resendEventPayload, type ResendEventType } from "./resend-webhooks";

/**
 * 429: rate limited (with retry-after); 500: provider error; 500-html: a 5xx whose body is not JSON
 * (a proxy's error page; the SDK names it application_error); validation: 422 validation_error;
 * hang: never answers; lost-response: accepts the email (and keeps its idempotency key) but never
 * answers, as when a connection drops after the provider has taken the email; quota / monthly-quota:
 * 429 daily_quota_exceeded / monthly_quota_exceeded (no short wait helps); concurrent: 409
 * concurrent_idempotent_requests; restricted-key: 401 restricted_api_key.
 * Whether Resend stores a 5xx answer under the key is not documented; the fake does not (the
 * transport is safe either way, see lib/email/resend-transport.ts).
 */
export type FailureKind =
  | "429"
  | "500"
  | "500-html"
  | "validation"
  | "hang"
  | "lost-response"
  | "quota"
  | "monthly-quota"
  | "concurrent"
  | "restricted-key";

type RateHeaders = Partial<Record<"ratelimit-limit" | "ratelimit-remaining" | "ratelimit-reset", string>>;

export type ReceivedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  attachments?: { filename?: string; content?: string; content_type?: string }[];
  idempotencyKey?: string;
  /** Whether it came through POST /emails/batch. */
  batch: boolean;
  receivedAt: number;
};

export type RequestRecord = {
  method: string;
  path: string;
  status: number | "hung";
  idempotencyKey?: string;
  at: number;
};

type Answer = { status: number; body: unknown; headers?: Record<string, string>; raw?: boolean };

export type FakeResendOptions = {
  /** When set, requests must carry `Authorization: Bearer <apiKey>` (403 otherwise). */
  apiKey?: string;
  /**
   * Requests accepted per rolling second before answering 429 (default 100, so that only tests that
   * mean to meet the limit do; Resend's documented default for a team is 5, https://resend.com/docs/api-reference/rate-limit).
   */
  requestsPerSecond?: number;
  /** Delay before each answer, like a provider's round trip (default 0). */
  latencyMs?: number;
  /** When set, only senders at these domains are accepted (403 validation_error otherwise). */
  verifiedDomains?: string[];
};

export type FakeResend = {
  /** Base URL to give the SDK (`new Resend(key, { baseUrl })`), without a trailing slash. */
  readonly url: string;
  /** Emails accepted, in order; an idempotent replay is not added again. */
  readonly received: ReceivedEmail[];
  /** Every request to the email endpoints, with its outcome. */
  readonly requests: RequestRecord[];
  /**
   * The next `n` email requests fail this way (before any validation or idempotency check); with
   * `after`, only once that many further requests have been answered normally.
   */
  failNext(n: number, kind: FailureKind, opts?: { retryAfterSeconds?: number; after?: number }): void;
  /** Change the rate limit (requests per rolling second). */
  setRateLimit(requestsPerSecond: number): void;
  /** Change the delay before each answer. */
  setLatency(ms: number): void;
  /** The key requests must carry from now on (a rotated key); undefined accepts any. */
  setApiKey(key: string | undefined): void;
  /** The verified sending domains from now on; undefined accepts any. */
  setVerifiedDomains(domains: string[] | undefined): void;
  /**
   * Report these ratelimit-* values instead of its own on every answer (as when other clients use
   * up the team's quota); null to stop.
   */
  overrideRateHeaders(headers: RateHeaders | null): void;
  /** Where report() posts its signed webhook calls, and the signing secret; null to stop. */
  setWebhook(target: { url: string; secret: string } | null): void;
  /**
   * Sends the signed webhook call Resend would send for an email it accepted (by the id it
   * answered with); resolves to the app's response status.
   */
  report(
    emailId: string,
    type: ResendEventType,
    opts?: { bounceType?: "Permanent" | "Transient"; svixId?: string },
  ): Promise<{ status: number; body: string; svixId: string }>;
  /**
   * Forget received emails, requests, idempotency keys and pending failures, drop hung requests,
   * and restore the rate limit, latency and rate headers given at start.
   */
  reset(): void;
  close(): Promise<void>;
};

const MAX_BATCH = 100;
const EMAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>.]+(\.[^\s@<>.]+)*$/;
const NAMED_ADDRESS = /^[^<>]*<([^\s@<>]+@[^\s@<>.]+(\.[^\s@<>.]+)*)>$/;

const errorBody = (statusCode: number, name: string, message: string) => ({ statusCode, name, message });

export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const received: ReceivedEmail[] = [];
  const requests: RequestRecord[] = [];
  const failures: { kind: FailureKind; retryAfterSeconds: number }[] = [];
  let passBeforeFailures = 0;
  const idempotent = new Map<string, { fingerprint: string; answer: Answer }>();
  const hung = new Set<http.ServerResponse>();
  let requestsPerSecond = options.requestsPerSecond ?? 100;
  let latencyMs = options.latencyMs ?? 0;
  let window: number[] = [];
  let rateOverride: RateHeaders | null = null;
  let apiKey = options.apiKey;
  let verifiedDomains = options.verifiedDomains;
  let webhook: { url: string; secret: string } | null = null;
  // Keys whose first request is being processed right now.
  const inFlight = new Set<string>();

  function rateHeaders(now: number): Record<string, string> {
    window = window.filter((t) => now - t < 1000);
    const resetMs = window.length ? window[0] + 1000 - now : 1000;
    return {
      "ratelimit-limit": String(requestsPerSecond),
      "ratelimit-remaining": String(Math.max(0, requestsPerSecond - window.length)),
      "ratelimit-reset": String(Math.max(1, Math.ceil(resetMs / 1000))),
      ...rateOverride,
    };
  }

  function injectedFailure(kind: Exclude<FailureKind, "lost-response">, retryAfterSeconds: number): Answer | "hang" {
    switch (kind) {
      case "429":
        return {
          status: 429,
          headers: { "retry-after": String(retryAfterSeconds) },
          body: errorBody(429, "rate_limit_exceeded", "Too many requests. You can only make 5 requests per second."),
        };
      case "500":
        return { status: 500, body: errorBody(500, "internal_server_error", "An unexpected error occurred.") };
      case "500-html":
        return { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", raw: true };
      case "monthly-quota":
        return { status: 429, body: errorBody(429, "monthly_quota_exceeded", "You have reached your monthly email sending quota.") };
      case "concurrent":
        return {
          status: 409,
          body: errorBody(409, "concurrent_idempotent_requests", "Same idempotency key used while original request is still in progress."),
        };
      case "restricted-key":
        return { status: 401, body: errorBody(401, "restricted_api_key", "This API key is restricted to only send emails.") };
      case "validation":
        return {
          status: 422,
          body: errorBody(
            422,
            "validation_error",
            "Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.",
          ),
        };
      case "quota":
        return { status: 429, body: errorBody(429, "daily_quota_exceeded", "You have reached your daily email sending quota.") };
      case "hang":
        return "hang";
    }
  }

  // Resend: missing fields 422 missing_required_field, a malformed from 422 invalid_from_address,
  // other field errors 422 validation_error, a body that is not what the endpoint takes 400.
  function problemAnswer(problem: string): Answer {
    if (problem.startsWith("Missing `") && !problem.includes("`html`"))
      return { status: 422, body: errorBody(422, "missing_required_field", problem) };
    if (problem.startsWith("Invalid `from`")) return { status: 422, body: errorBody(422, "invalid_from_address", problem) };
    if (problem.startsWith("Attachments over")) return { status: 422, body: errorBody(422, "invalid_attachment", problem) };
    return { status: 422, body: errorBody(422, "validation_error", problem) };
  }

  function unverifiedDomain(email: unknown): string | null {
    if (!verifiedDomains || !email || typeof email !== "object") return null;
    const from = String((email as Record<string, unknown>).from ?? "");
    const domain = (from.match(/<([^>]+)>/)?.[1] ?? from).split("@")[1]?.trim().toLowerCase();
    if (domain && verifiedDomains.includes(domain)) return null;
    return `The ${domain ?? "sender's"} domain is not verified. Please, add and verify your domain on https://resend.com/domains`;
  }

  function validateEmail(email: unknown, inBatch: boolean): string | null {
    if (!email || typeof email !== "object" || Array.isArray(email)) return "Each email must be an object.";
    const e = email as Record<string, unknown>;
    for (const field of ["from", "to", "subject"]) {
      if (e[field] === undefined || e[field] === null || e[field] === "") return `Missing \`${field}\` field.`;
    }
    if (typeof e.from !== "string" || !isAddress(e.from)) {
      return "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.";
    }
    const to = Array.isArray(e.to) ? e.to : [e.to];
    if (to.length === 0 || to.length > 50 || !to.every((a) => typeof a === "string" && isAddress(a))) {
      return "Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.";
    }
    if (inBatch && e.attachments !== undefined) return "Attachments are not supported in batch emails.";
    if (e.html === undefined && e.text === undefined) return "Missing `html` or `text` field.";
    // Each attachment as Resend's API takes it (https://resend.com/docs/api-reference/emails/send-email):
    // a filename, and its content as base64 (or a path); content_type, when given, a MIME type. A
    // calendar attachment must also hold a calendar, with the method its content type names.
    if (e.attachments !== undefined) {
      if (!Array.isArray(e.attachments)) return "Invalid `attachments` field: an array is expected.";
      for (const a of e.attachments as Record<string, unknown>[]) {
        if (!a || typeof a.filename !== "string" || a.filename === "") return "Invalid `attachments` field: each needs a `filename`.";
        if (typeof a.content !== "string" && typeof a.path !== "string")
          return "Invalid `attachments` field: each needs `content` or `path`.";
        if (typeof a.content === "string" && !/^[A-Za-z0-9+/]*={0,2}$/.test(a.content))
          return "Invalid `attachments` field: `content` must be base64.";
        if (a.content_type !== undefined && (typeof a.content_type !== "string" || !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(a.content_type)))
          return "Invalid `attachments` field: `content_type` must be a MIME type.";
        if (typeof a.content_type === "string" && a.content_type.startsWith("text/calendar") && typeof a.content === "string") {
          const ics = Buffer.from(a.content, "base64").toString("utf8");
          const method = /method=([A-Z]+)/i.exec(a.content_type)?.[1]?.toUpperCase();
          if (!ics.startsWith("BEGIN:VCALENDAR") || !ics.includes("BEGIN:VEVENT") || (method && !ics.includes(`METHOD:${method}`)))
            return "Invalid `attachments` field: the text/calendar attachment is not a calendar with the method it names.";
        }
      }
    }
    // 40 MB per email after base64 encoding (https://resend.com/docs/dashboard/emails/attachments).
    if (Array.isArray(e.attachments)) {
      const size = e.attachments.reduce(
        (n: number, a: { content?: unknown }) => n + (typeof a?.content === "string" ? a.content.length : 0),
        0,
      );
      if (size > 40 * 1024 * 1024) return "Attachments over 40 MB: the email is too large.";
    }
    return null;
  }

  function accept(e: Record<string, unknown>, idempotencyKey: string | undefined, batch: boolean): string {
    const id = randomUUID();
    received.push({
      id,
      from: e.from as string,
      to: (Array.isArray(e.to) ? e.to : [e.to]) as string[],
      subject: e.subject as string,
      html: e.html as string | undefined,
      text: e.text as string | undefined,
      attachments: e.attachments as ReceivedEmail["attachments"],
      idempotencyKey,
      batch,
      receivedAt: Date.now(),
    });
    return id;
  }

  function sendOne(body: unknown, idempotencyKey: string | undefined): Answer {
    const problem = validateEmail(body, false);
    if (problem) return problemAnswer(problem);
    return { status: 200, body: { id: accept(body as Record<string, unknown>, idempotencyKey, false) } };
  }

  function sendBatch(body: unknown, idempotencyKey: string | undefined, permissive: boolean): Answer {
    if (!Array.isArray(body))
      return { status: 400, body: errorBody(400, "validation_error", "The request body must be an array of emails.") };
    if (body.length === 0 || body.length > MAX_BATCH) {
      return { status: 422, body: errorBody(422, "validation_error", `A batch must contain between 1 and ${MAX_BATCH} emails.`) };
    }
    const problems = body.map((email) => validateEmail(email, true));
    if (!permissive) {
      const index = problems.findIndex((p) => p !== null);
      if (index >= 0) {
        const a = problemAnswer(problems[index]!);
        const b = a.body as ReturnType<typeof errorBody>;
        return { status: a.status, body: errorBody(a.status, b.name, `emails[${index}]: ${b.message}`) };
      }
      return { status: 200, body: { data: body.map((email) => ({ id: accept(email, idempotencyKey, true) })) } };
    }
    // x-batch-validation: permissive sends the valid ones and lists the others.
    const data: { id: string }[] = [];
    const errors: { index: number; message: string }[] = [];
    body.forEach((email, index) => {
      if (problems[index]) errors.push({ index, message: problems[index]! });
      else data.push({ id: accept(email, idempotencyKey, true) });
    });
    return { status: 200, body: { data, errors } };
  }

  function getEmail(id: string): Answer {
    const email = received.find((e) => e.id === id);
    if (!email) return { status: 404, body: errorBody(404, "not_found", "Email not found") };
    return {
      status: 200,
      body: {
        object: "email",
        id,
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html ?? null,
        text: email.text ?? null,
        last_event: "delivered",
      },
    };
  }

  async function answer(res: http.ServerResponse, a: Answer, now: number) {
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    if (res.destroyed) return;
    res.writeHead(a.status, { "content-type": a.raw ? "text/html" : "application/json", ...rateHeaders(now), ...a.headers });
    res.end(a.raw ? String(a.body) : JSON.stringify(a.body));
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const now = Date.now();
    const path = (req.url ?? "/").split("?")[0];
    const method = req.method ?? "GET";
    const idempotencyKey = header(req, "idempotency-key");
    const record: RequestRecord = { method, path, status: 0, idempotencyKey, at: now };
    const isEmailEndpoint = path === "/emails" || path === "/emails/batch" || path.startsWith("/emails/");
    if (isEmailEndpoint) requests.push(record);
    const reply = (a: Answer) => {
      record.status = a.status;
      void answer(res, a, now);
    };

    const auth = header(req, "authorization");
    if (!auth?.startsWith("Bearer ") || auth.length <= "Bearer ".length) {
      return reply({
        status: 401,
        body: errorBody(
          401,
          "missing_api_key",
          "Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY",
        ),
      });
    }
    if (apiKey !== undefined && auth !== `Bearer ${apiKey}`) {
      return reply({ status: 403, body: errorBody(403, "invalid_api_key", "API key is invalid") });
    }

    window = window.filter((t) => now - t < 1000);
    if (window.length >= requestsPerSecond) {
      const retryAfter = Math.max(1, Math.ceil((window[0] + 1000 - now) / 1000));
      return reply({
        status: 429,
        headers: { "retry-after": String(retryAfter) },
        body: errorBody(429, "rate_limit_exceeded", `Too many requests. You can only make ${requestsPerSecond} requests per second.`),
      });
    }
    window.push(now);

    const hang = () => {
      record.status = "hung";
      hung.add(res);
      res.on("close", () => hung.delete(res));
    };
    const due = isEmailEndpoint && method === "POST" && failures.length > 0 && passBeforeFailures-- <= 0;
    const failure = due ? failures.shift() : undefined;
    const loseResponse = failure?.kind === "lost-response";
    if (failure && failure.kind !== "lost-response") {
      const injected = injectedFailure(failure.kind, failure.retryAfterSeconds);
      return injected === "hang" ? hang() : reply(injected);
    }

    if (method === "GET" && path.startsWith("/emails/") && path !== "/emails/batch") {
      return reply(getEmail(decodeURIComponent(path.slice("/emails/".length))));
    }
    if (method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) {
      return reply({ status: 404, body: errorBody(404, "not_found", "The requested endpoint does not exist.") });
    }

    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply({ status: 400, body: errorBody(400, "validation_error", "The request body is not valid JSON.") });
    }
    if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 256)) {
      return reply({ status: 400, body: errorBody(400, "invalid_idempotency_key", "The key must be between 1-256 chars.") });
    }
    const unverified = unverifiedDomain(Array.isArray(body) ? body[0] : body);
    if (unverified) return reply({ status: 403, body: errorBody(403, "validation_error", unverified) });

    const fingerprint = `${path}\n${JSON.stringify(body)}`;
    if (idempotencyKey !== undefined) {
      if (inFlight.has(`${path}\n${idempotencyKey}`)) {
        return reply({
          status: 409,
          body: errorBody(409, "concurrent_idempotent_requests", "Same idempotency key used while original request is still in progress."),
        });
      }
      const previous = idempotent.get(`${path}\n${idempotencyKey}`);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          return reply({
            status: 409,
            body: errorBody(
              409,
              "invalid_idempotent_request",
              "Same idempotency key used with a different request payload. Change your idempotency key or payload.",
            ),
          });
        }
        return loseResponse ? hang() : reply(previous.answer);
      }
    }

    const result =
      path === "/emails"
        ? sendOne(body, idempotencyKey)
        : sendBatch(body, idempotencyKey, header(req, "x-batch-validation") === "permissive");
    // Like Resend, only a request that was processed keeps its key.
    if (idempotencyKey !== undefined && result.status === 200)
      idempotent.set(`${path}\n${idempotencyKey}`, { fingerprint, answer: result });
    if (loseResponse) return hang();
    // Being processed until the answer leaves (the latency): a second request with the key meets 409.
    const flightKey = idempotencyKey === undefined ? undefined : `${path}\n${idempotencyKey}`;
    if (!flightKey) return reply(result);
    inFlight.add(flightKey);
    record.status = result.status;
    void answer(res, result, now).finally(() => inFlight.delete(flightKey));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    requests,
    failNext(n, kind, opts) {
      passBeforeFailures = opts?.after ?? 0;
      for (let i = 0; i < n; i++) failures.push({ kind, retryAfterSeconds: opts?.retryAfterSeconds ?? 1 });
    },
    setRateLimit(limit) {
      requestsPerSecond = limit;
      window = [];
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    setApiKey(key) {
      apiKey = key;
    },
    setVerifiedDomains(domains) {
      verifiedDomains = domains;
    },
    overrideRateHeaders(headers) {
      rateOverride = headers;
    },
    setWebhook(target) {
      webhook = target;
    },
    async report(emailId, type, opts) {
      if (!webhook) throw new Error("fake Resend: setWebhook() first");
      const email = received.find((e) => e.id === emailId);
      if (!email) throw new Error(`fake Resend: no email ${emailId} was accepted`);
      const payload = resendEventPayload(type, email, { bounceType: opts?.bounceType });
      return postSignedWebhook(webhook.url, webhook.secret, payload, { svixId: opts?.svixId });
    },
    reset() {
      received.length = 0;
      requests.length = 0;
      failures.length = 0;
      passBeforeFailures = 0;
      idempotent.clear();
      window = [];
      requestsPerSecond = options.requestsPerSecond ?? 100;
      latencyMs = options.latencyMs ?? 0;
      rateOverride = null;
      apiKey = options.apiKey;
      verifiedDomains = options.verifiedDomains;
      inFlight.clear();
      for (const res of hung) res.destroy();
      hung.clear();
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isAddress(value: string): boolean {
  return EMAIL_ADDRESS.test(value.trim()) || NAMED_ADDRESS.test(value.trim());
}
