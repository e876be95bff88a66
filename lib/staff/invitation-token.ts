// Invitation links carry 256 random bits; the database keeps only their SHA-256, so a leaked table
// (or backup) does not leak working links.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_DAYS = 7;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before any lookup: anything else cannot be one of our tokens. */
export function looksLikeInvitationToken(value: string): boolean {
  return TOKEN.test(value);
}
