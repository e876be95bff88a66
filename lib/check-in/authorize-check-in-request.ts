// The gate of every check-in route handler, cheapest checks first: the rules proxy.ts applies to
// every other request (these routes skip the proxy: a bad %-escape is 400, a cross-site POST 403;
// lib/http/guard-request.ts), the request budgets (shared
// through PostgreSQL, lib/rate-limit; a key already known to be blocked is refused from memory; 429
// after a pause), the session (401), the event through the user's access (404), then the body (size,
// JSON, schema). Only a request that passes all of them reaches the use-cases. Session and access
// answers are kept a few seconds per process (door-cache.ts).
// Budgets: per client address, per session cookie and per session + device; a request whose
// session is not valid also counts against a small per-address budget, so rotating fake session
// cookies (each with a fresh budget of its own) does not lift the limit.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { sessionUserFromHeaders } from "@/lib/auth/require-event-access";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import type { Event } from "@/lib/db/schema";
import { guardRequest } from "@/lib/http/guard-request";
import { appUrl, strictTransportSecurity } from "@/lib/http/strict-transport-security";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hitRateLimit, knownBlocked } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";
import { ShortCache, SESSION_TTL_MS } from "./door-cache";

export const MAX_BODY_BYTES = 2048;
const DEVICE_ID = /^[A-Za-z0-9_-]{8,64}$/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]{1,512})/;

// no-transform: Next's compression skips these answers. They are a few hundred bytes, for which
// gzip costs the server more CPU per scan than it saves on the wire.
const noStore = { "Cache-Control": "private, no-store, no-transform" };

// Per process, a few seconds (door-cache.ts): who a session token is and which events they reach.
const sessions = new ShortCache<SessionUser | null>(SESSION_TTL_MS);
const access = new ShortCache<Event | null>(SESSION_TTL_MS);

export function json(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...strictTransportSecurity(appUrl()), ...extra } });
}

// A refusal is held back for a second before it is sent: a device stuck sending garbage waits for
// each answer, so it is slowed to (requests in flight) per second instead of costing the server the
// ~2 ms every HTTP request costs at full speed. A held answer is a timer and an open socket; beyond
// MAX_HELD at once the rest are answered at once, so a flood cannot pile up sockets.
const REFUSAL_DELAY_MS = 1000;
const MAX_HELD = 1000;
let held = 0;

async function refuse(retryAfterMs: number): Promise<Response> {
  if (held < MAX_HELD) {
    held++;
    try {
      await new Promise((r) => setTimeout(r, REFUSAL_DELAY_MS));
    } finally {
      held--;
    }
  }
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return json({ error: `Too many requests from this device. Wait ${seconds} ${seconds === 1 ? "second" : "seconds"}.` }, 429, {
    "Retry-After": String(seconds),
  });
}

export type CheckInRequest = { user: SessionUser; event: Event; deviceId: string | null };

export async function authorizeCheckInRequest(request: Request, eventId: string): Promise<CheckInRequest | Response> {
  const refusal = guardRequest(request, appUrl());
  if (refusal) return json({ error: refusal.message }, refusal.status);
  const header = request.headers.get("x-device-id");
  const deviceId = header && DEVICE_ID.test(header) ? header : null;
  const cookie = SESSION_COOKIE.exec(request.headers.get("cookie") ?? "")?.[1];
  // The token itself is a credential: only a hash of it goes into the counters table.
  const sessionKey = cookie ? createHash("sha256").update(cookie).digest("base64url").slice(0, 22) : "anonymous";
  const address = clientAddress(request.headers);
  const unauthenticated = { rule: rules.checkInUnauthenticated, key: address };
  const blockedFor = knownBlocked(unauthenticated);
  if (blockedFor !== null) return refuse(blockedFor);
  const allowed = await hitRateLimit(db(), [
    { rule: rules.checkInAddress, key: address },
    { rule: rules.checkInSession, key: sessionKey },
    { rule: rules.checkInDevice, key: `${sessionKey}|${deviceId ?? "-"}` },
  ]);
  if (!allowed.ok) return refuse(allowed.retryAfterMs);
  // No cookie, no lookup to share: anonymous requests are answered without the cache.
  const user = sessionKey === "anonymous" ? null : await sessions.get(sessionKey, () => sessionUserFromHeaders(request.headers));
  if (!user) {
    const counted = await hitRateLimit(db(), [unauthenticated]);
    if (!counted.ok) return refuse(counted.retryAfterMs);
    return json({ error: "Sign in required" }, 401);
  }
  const event = await access.get(`${user.id}|${eventId}`, () => getEventForUser(db(), user, eventId));
  if (!event) return json({ error: "Not found" }, 404);
  return { user, event, deviceId };
}

/** The JSON body, at most MAX_BODY_BYTES, parsed by the schema; a Response (413/400) otherwise. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S> | Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return json({ error: "Request body too large" }, 413);
  const text = await readCapped(request);
  if (text === null) return json({ error: "Request body too large" }, 413);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return json({ error: "The request body must be JSON" }, 400);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return json({ error: parsed.error.issues[0]?.message ?? "Invalid request" }, 400);
  return parsed.data;
}

/** Reads the body but stops at the cap (a chunked body has no content-length to trust). */
async function readCapped(request: Request): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
