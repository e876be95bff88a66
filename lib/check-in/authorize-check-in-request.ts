// The gate of every check-in route handler, cheapest checks first: the rate limit (memory only, 429
// after a pause), the session (401), the event through the user's access (404), then the body (size,
// JSON, schema). Only a request that passes all of them reaches the use-cases. Session and access
// answers are kept a few seconds per process (door-cache.ts).
import type { z } from "zod";
import { sessionUserFromHeaders } from "@/lib/auth/require-event-access";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import type { Event } from "@/lib/db/schema";
import { ShortCache, SESSION_TTL_MS } from "./door-cache";
import { checkInLimits } from "./rate-limit";

export const MAX_BODY_BYTES = 2048;
const DEVICE_ID = /^[A-Za-z0-9_-]{8,64}$/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]{1,512})/;

const noStore = { "Cache-Control": "private, no-store" };

// Per process, a few seconds (door-cache.ts): who a session token is and which events they reach.
const sessions = new ShortCache<SessionUser | null>(SESSION_TTL_MS);
const access = new ShortCache<Event | null>(SESSION_TTL_MS);

export function json(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...extra } });
}

// A refusal is held back for a second before it is sent: a device stuck sending garbage waits for
// each answer, so it is slowed to (requests in flight) per second instead of costing the server the
// ~2 ms every HTTP request costs at full speed. A held answer is a timer and an open socket; beyond
// MAX_HELD at once the rest are answered at once, so a flood cannot pile up sockets.
const REFUSAL_DELAY_MS = 1000;
const MAX_HELD = 1000;
let held = 0;

async function refuse(): Promise<Response> {
  if (held < MAX_HELD) {
    held++;
    try {
      await new Promise((r) => setTimeout(r, REFUSAL_DELAY_MS));
    } finally {
      held--;
    }
  }
  return json({ error: "Too many requests from this device. Wait a moment." }, 429, { "Retry-After": "1" });
}

export type CheckInRequest = { user: SessionUser; event: Event; deviceId: string | null };

export async function authorizeCheckInRequest(request: Request, eventId: string): Promise<CheckInRequest | Response> {
  const header = request.headers.get("x-device-id");
  const deviceId = header && DEVICE_ID.test(header) ? header : null;
  const sessionKey = SESSION_COOKIE.exec(request.headers.get("cookie") ?? "")?.[1] ?? "anonymous";
  const limits = checkInLimits();
  if (!limits.device.take(`${sessionKey}|${deviceId ?? "-"}`) || !limits.session.take(sessionKey)) return refuse();
  // No cookie, no lookup to share: anonymous requests are answered without the cache.
  const user = sessionKey === "anonymous" ? null : await sessions.get(sessionKey, () => sessionUserFromHeaders(request.headers));
  if (!user) return json({ error: "Sign in required" }, 401);
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
