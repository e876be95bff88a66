// RSVP links are signed, not stored: the token carries the participant id and their
// rsvp_token_version, followed by an HMAC-SHA256 (truncated to 128 bits) over those and the event id,
// under a key derived from BETTER_AUTH_SECRET. A database leak alone therefore yields no working link
// (the key is not in the database); bumping rsvp_token_version invalidates every link sent so far.
// Layout, base64url without padding (48 characters):
//   participant id (16 bytes) | version (4 bytes, big-endian) | MAC (16 bytes)
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const ID_BYTES = 16;
const VERSION_BYTES = 4;
const MAC_BYTES = 16;
const TOKEN_BYTES = ID_BYTES + VERSION_BYTES + MAC_BYTES;
export const RSVP_TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 4) / 3);
const TOKEN = new RegExp(`^[A-Za-z0-9_-]{${RSVP_TOKEN_LENGTH}}$`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Domain separation: the same secret signs sessions; this key signs nothing else.
const KEY_INFO = "eventdesk rsvp link v1";
// Development and tests only (env() insists on BETTER_AUTH_SECRET in production), as in lib/auth/auth.ts.
const DEV_SECRET = "eventdesk-development-secret-not-for-production-use";

export type RsvpTokenClaims = { participantId: string; eventId: string; version: number };
export type DecodedRsvpToken = { participantId: string; version: number; mac: Buffer };

/** The signing key for RSVP links, derived from a secret (HKDF-SHA256). */
export function deriveRsvpKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "eventdesk", KEY_INFO, 32));
}

let cachedKey: Buffer | undefined;

/** This process's key, from BETTER_AUTH_SECRET (web and worker must share that secret). */
export function rsvpKey(): Buffer {
  cachedKey ??= deriveRsvpKey(env().BETTER_AUTH_SECRET ?? DEV_SECRET);
  return cachedKey;
}

export function signRsvpToken(key: Buffer, claims: RsvpTokenClaims): string {
  if (!UUID.test(claims.participantId) || !UUID.test(claims.eventId)) throw new TypeError("participantId and eventId must be uuids");
  if (!Number.isInteger(claims.version) || claims.version < 0 || claims.version > 0xffffffff) throw new RangeError("version out of range");
  const id = uuidBytes(claims.participantId);
  const version = versionBytes(claims.version);
  return Buffer.concat([id, version, mac(key, claims.eventId, id, version)]).toString("base64url");
}

/**
 * The token's parts, or null when it cannot be one of ours (wrong length, wrong alphabet: a link
 * cut short or with characters added). Says nothing about its validity: see rsvpTokenMatches.
 */
export function decodeRsvpToken(token: unknown): DecodedRsvpToken | null {
  if (typeof token !== "string" || !TOKEN.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  // base64url decoding ignores leftover bits; re-encoding catches a last character that differs in them.
  if (bytes.length !== TOKEN_BYTES || bytes.toString("base64url") !== token) return null;
  const hex = bytes.subarray(0, ID_BYTES).toString("hex");
  return {
    participantId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    version: bytes.readUInt32BE(ID_BYTES),
    mac: bytes.subarray(ID_BYTES + VERSION_BYTES),
  };
}

/** Whether the token was signed with this key for this participant of this event (constant-time). */
export function rsvpTokenMatches(key: Buffer, decoded: DecodedRsvpToken, eventId: string): boolean {
  if (!UUID.test(eventId)) return false;
  const expected = mac(key, eventId, uuidBytes(decoded.participantId), versionBytes(decoded.version));
  return decoded.mac.length === expected.length && timingSafeEqual(decoded.mac, expected);
}

/** The public RSVP link of a participant, as it goes into an email. */
export function rsvpUrl(claims: RsvpTokenClaims): string {
  return new URL(`/rsvp/${signRsvpToken(rsvpKey(), claims)}`, env().APP_URL).toString();
}

function mac(key: Buffer, eventId: string, id: Buffer, version: Buffer): Buffer {
  return createHmac("sha256", key).update("rsvp\0").update(uuidBytes(eventId)).update(id).update(version).digest().subarray(0, MAC_BYTES);
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

function versionBytes(version: number): Buffer {
  const b = Buffer.alloc(VERSION_BYTES);
  b.writeUInt32BE(version);
  return b;
}
