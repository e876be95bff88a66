// Proof of work on the public registration form (ALTCHA, self-hosted: no third party sees anyone).
// The browser fetches a challenge from /e/<slug>/challenge, the widget solves it, and the solution
// comes with the form as the `altcha` field. Per event (events.registration_challenge):
//   off        never asked for;
//   automatic  asked for only while the event is "under a rush": at least RUSH_PER_MINUTE
//              registration posts counted in the current one-minute window of the per-event
//              registration budget (rate_limit_counters, key registration.event:<slug>). Reading that
//              row is one primary-key lookup, and it counts every post, refused ones too, which is
//              what a flood looks like. The widget runs for every visitor with JavaScript anyway,
//              so only visitors without JavaScript notice a rush (they are asked to turn it on);
//              RATE_LIMITS=off stops that counter, and with it the automatic mode (load tests);
//   always     asked for on every post; the page says plainly that JavaScript is needed.
// A challenge is signed (HMAC, key derived from BETTER_AUTH_SECRET like the RSVP links), bound to
// the event's slug, expires after CHALLENGE_TTL_MS, and a solved one is spent on first use
// (used_challenges), so one solution cannot carry a script through many posts.
import { hkdfSync } from "node:crypto";
import { createChallenge, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { type ChallengeMode, RUSH_PER_MINUTE } from "./challenge-mode";
import { events } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { currentHits } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";

export const CHALLENGE_TTL_MS = 10 * 60_000;
// PBKDF2 (WebCrypto in the browser: native speed) with 5,000 iterations per try and a one-byte
// prefix to hit: about 256 tries, a fraction of a second for a person, the same for every post of a
// script. Checking a solution costs the server one derivation.
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 5000;
const KEY_PREFIX = "00";
// Domain separation: the same secret signs sessions and RSVP links; this key signs nothing else.
const KEY_INFO = "eventdesk altcha challenge v1";
// Development and tests only (env() insists on BETTER_AUTH_SECRET in production), as in lib/rsvp/rsvp-token.ts.
const DEV_SECRET = "eventdesk-development-secret-not-for-production-use";

let cachedSecret: string | undefined;

/** The HMAC secret for challenges, derived from BETTER_AUTH_SECRET (HKDF-SHA256). */
function challengeSecret(): string {
  cachedSecret ??= Buffer.from(hkdfSync("sha256", env().BETTER_AUTH_SECRET ?? DEV_SECRET, "eventdesk", KEY_INFO, 32)).toString("hex");
  return cachedSecret;
}

/** A new signed challenge for one event's form, as the widget expects it from its challenge URL. */
export async function createRegistrationChallenge(slug: string, now = Date.now()): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    keyPrefix: KEY_PREFIX,
    deriveKey,
    expiresAt: Math.floor((now + CHALLENGE_TTL_MS) / 1000),
    data: { event: slug },
    hmacSignatureSecret: challengeSecret(),
  });
}

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z
      .object({
        algorithm: z.literal(ALGORITHM),
        nonce: z.string().max(200),
        salt: z.string().max(200),
        cost: z.number(),
        keyLength: z.number(),
        keyPrefix: z.string().max(200),
        expiresAt: z.number(),
        data: z.object({ event: z.string() }),
      })
      .loose(),
    signature: z.string().min(1).max(200),
  }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(300), time: z.number().optional() }),
});

export type ChallengeRefusal = "required" | "rush" | "invalid" | "expired" | "used";
export type ChallengeCheck = { ok: true } | { ok: false; reason: ChallengeRefusal };

/**
 * Whether a post to this event must carry a solved challenge right now. `postsThisMinute`: the
 * per-event budget's count, when the caller has just counted this post (saves reading it again).
 */
export async function challengeRequired(db: DbOrTx, mode: ChallengeMode, slug: string, postsThisMinute?: number): Promise<boolean> {
  if (mode === "off") return false;
  if (mode === "always") return true;
  // RATE_LIMITS=off counts no registration posts, so there is never a rush to read.
  if (env().RATE_LIMITS === "off") return false;
  return (postsThisMinute ?? (await currentHits(db, { rule: rules.registrationEvent, key: slug }))) >= RUSH_PER_MINUTE;
}

/**
 * The proof-of-work check of one registration post. Unknown events pass (the registration itself
 * answers "no longer exists"). A valid solution is spent here, whatever happens to the post next.
 */
export async function checkRegistrationChallenge(
  db: DbOrTx,
  slug: string,
  payload: unknown,
  // What the caller knows already, saving the lookups: the event's setting (the public form has it
  // from the page's cache, which an edit of the event expires) and this minute's posts (its budget).
  known?: { mode: ChallengeMode; postsThisMinute?: number },
): Promise<ChallengeCheck> {
  const [event] = known
    ? [{ mode: known.mode }]
    : await db.select({ mode: events.registrationChallenge }).from(events).where(eq(events.slug, slug));
  if (!event || !(await challengeRequired(db, event.mode, slug, known?.postsThisMinute))) return { ok: true };
  if (typeof payload !== "string" || payload === "") return { ok: false, reason: event.mode === "always" ? "required" : "rush" };
  const decoded = decodePayload(payload);
  if (!decoded || decoded.challenge.parameters.data.event !== slug) return { ok: false, reason: "invalid" };
  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    hmacSignatureSecret: challengeSecret(),
  });
  if (result.expired) return { ok: false, reason: "expired" };
  if (!result.verified) return { ok: false, reason: "invalid" };
  // Spend it: the signature is unique per challenge. Expired rows go at the same time (they would
  // be refused as expired anyway), so the table holds at most CHALLENGE_TTL_MS worth of posts.
  const spent = await db.execute<{ signature: string }>(sql`
    with purge as (delete from used_challenges where expires_at < now())
    insert into used_challenges (signature, expires_at) values (${decoded.challenge.signature}, to_timestamp(${decoded.challenge.parameters.expiresAt}))
    on conflict (signature) do nothing
    returning signature`);
  return spent.length === 1 ? { ok: true } : { ok: false, reason: "used" };
}

function decodePayload(payload: string): z.output<typeof payloadSchema> | null {
  if (payload.length > 4000) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What the form says for each refusal: plain words, and what to do. */
export const challengeMessages: Record<ChallengeRefusal, string> = {
  required:
    "This form needs JavaScript: it runs a short automatic check in your browser that keeps scripts from taking the seats. Please turn JavaScript on and register again.",
  rush: "This form needs JavaScript right now: many registrations are arriving, so your browser has to run a short check first. Please turn JavaScript on and try again, or try again in a few minutes.",
  invalid:
    "The automatic check that you are not a script did not succeed. It has been started again: please wait until it says it is done, then register again.",
  expired:
    "The automatic check expired while the form was open. It has been started again: please wait until it says it is done, then register again.",
  used: "The automatic check was already used for an earlier submission. It has been started again: please wait until it says it is done, then register again.",
};
