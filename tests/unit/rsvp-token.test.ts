// RSVP links: signed with a key derived from the app's secret, bound to the participant, the event
// and the link version; anything altered, cut short or extended is refused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeRsvpToken, deriveRsvpKey, RSVP_TOKEN_LENGTH, rsvpTokenMatches, signRsvpToken } from "@/lib/rsvp/rsvp-token";

const key = deriveRsvpKey("test-secret-test-secret-test-secret-0123");
const claims = { participantId: randomUUID(), eventId: randomUUID(), version: 0 };

function verify(token: string, eventId = claims.eventId, k = key) {
  const decoded = decodeRsvpToken(token);
  return decoded !== null && rsvpTokenMatches(k, decoded, eventId);
}

describe("RSVP tokens", () => {
  it("are 48 URL-safe characters that decode to the participant and version they were signed for", () => {
    const token = signRsvpToken(key, { ...claims, version: 7 });
    expect(token).toHaveLength(RSVP_TOKEN_LENGTH);
    expect(RSVP_TOKEN_LENGTH).toBe(48);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeRsvpToken(token)).toMatchObject({ participantId: claims.participantId, version: 7 });
    expect(verify(token)).toBe(true);
  });

  it("carry a 128-bit MAC, so two participants' tokens differ in far more than the id", () => {
    const a = Buffer.from(signRsvpToken(key, claims), "base64url");
    const b = Buffer.from(signRsvpToken(key, { ...claims, participantId: randomUUID() }), "base64url");
    expect(a.subarray(20)).toHaveLength(16);
    expect(a.subarray(20).equals(b.subarray(20))).toBe(false);
  });

  it("refuse a token with any single character changed", () => {
    const token = signRsvpToken(key, claims);
    for (let i = 0; i < token.length; i++) {
      const swapped = token[i] === "A" ? "B" : "A";
      const tampered = token.slice(0, i) + swapped + token.slice(i + 1);
      expect(verify(tampered), `position ${i}`).toBe(false);
    }
  });

  it("refuse a token cut short, with characters added, or with characters outside the alphabet", () => {
    const token = signRsvpToken(key, claims);
    for (const bad of [
      token.slice(0, -1),
      token.slice(0, 20),
      `${token}A`,
      `${token}%20`,
      ` ${token}`,
      token.replace(/^./, "+"),
      token.replace(/^./, "="),
      "",
      "null",
    ]) {
      expect(decodeRsvpToken(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(decodeRsvpToken(undefined)).toBeNull();
    expect(decodeRsvpToken(123)).toBeNull();
  });

  it("refuse a token presented for another event", () => {
    const token = signRsvpToken(key, claims);
    expect(verify(token, randomUUID())).toBe(false);
  });

  it("refuse a token signed with another secret", () => {
    const other = deriveRsvpKey("another-secret-another-secret-another-0");
    expect(verify(signRsvpToken(other, claims))).toBe(false);
  });

  it("carry the link version, so a newer version makes an older link a different, stale token", () => {
    const old = decodeRsvpToken(signRsvpToken(key, { ...claims, version: 1 }))!;
    const current = decodeRsvpToken(signRsvpToken(key, { ...claims, version: 2 }))!;
    expect(old.version).toBe(1);
    expect(current.version).toBe(2);
    // Claiming the newer version with the old MAC is a forgery.
    expect(rsvpTokenMatches(key, { ...old, version: 2 }, claims.eventId)).toBe(false);
  });

  it("sign only well-formed ids and versions", () => {
    expect(() => signRsvpToken(key, { ...claims, participantId: "42" })).toThrow(TypeError);
    expect(() => signRsvpToken(key, { ...claims, version: -1 })).toThrow(RangeError);
    expect(() => signRsvpToken(key, { ...claims, version: 2 ** 32 })).toThrow(RangeError);
  });
});
