// ALTCHA proof of work on public registration (lib/altcha/registration-challenge.ts), against real
// PostgreSQL and real solving (altcha-lib's solver, the same PBKDF2 work a browser does): off asks
// nothing, always asks every post, automatic only while the event's registration counter shows a
// rush; a solution is spent on first use, and forged, cross-event or expired ones are refused.
import { createChallenge, solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as challengeRoute } from "@/app/(public)/e/[slug]/challenge/route";
import { RUSH_PER_MINUTE } from "@/lib/altcha/challenge-mode";
import { checkRegistrationChallenge, CHALLENGE_TTL_MS, createRegistrationChallenge } from "@/lib/altcha/registration-challenge";
import { db } from "@/lib/db/client";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { PEER_ADDRESS_HEADER } from "@/lib/rate-limit/peer-address";
import { rules } from "@/lib/rate-limit/rules";
import { closeConnections, createEvent, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

/** Solves a challenge as the widget does and encodes the form field it posts. */
async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("no solution found");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

function edit(payload: string, change: (p: { challenge: Challenge; solution: { counter: number; derivedKey: string } }) => void): string {
  const p = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  change(p);
  return Buffer.from(JSON.stringify(p)).toString("base64");
}

async function usedRows(): Promise<number> {
  const [row] = await db().execute<{ n: number }>(sql`select count(*)::int as n from used_challenges`);
  return row.n;
}

describe("registration challenge modes", () => {
  it("off: posts need no solution", async () => {
    const event = await createEvent({ registrationChallenge: "off" });
    expect(await checkRegistrationChallenge(db(), event.slug, null)).toEqual({ ok: true });
  });

  it("always: a post without a solution is refused, a solved challenge is accepted once", async () => {
    const event = await createEvent({ registrationChallenge: "always" });
    expect(await checkRegistrationChallenge(db(), event.slug, null)).toEqual({ ok: false, reason: "required" });
    expect(await checkRegistrationChallenge(db(), event.slug, "")).toEqual({ ok: false, reason: "required" });
    const payload = await solve(await createRegistrationChallenge(event.slug));
    expect(await checkRegistrationChallenge(db(), event.slug, payload)).toEqual({ ok: true });
    // Replayed: the same solution again is spent.
    expect(await checkRegistrationChallenge(db(), event.slug, payload)).toEqual({ ok: false, reason: "used" });
    expect(await usedRows()).toBe(1);
  });

  it("automatic: no solution needed until registrations arrive faster than the threshold", async () => {
    const event = await createEvent({ registrationChallenge: "automatic" });
    const hit = { rule: rules.registrationEvent, key: event.slug };
    for (let i = 0; i < RUSH_PER_MINUTE - 1; i++) await hitRateLimit(db(), [hit]);
    expect(await checkRegistrationChallenge(db(), event.slug, undefined)).toEqual({ ok: true });
    await hitRateLimit(db(), [hit]);
    expect(await checkRegistrationChallenge(db(), event.slug, undefined)).toEqual({ ok: false, reason: "rush" });
    const payload = await solve(await createRegistrationChallenge(event.slug));
    expect(await checkRegistrationChallenge(db(), event.slug, payload)).toEqual({ ok: true });
    // The rush is over once the counter's window has passed.
    await db().execute(
      sql`update rate_limit_counters set window_ends_at = now() - interval '1 second' where key = ${`registration.event:${event.slug}`}`,
    );
    expect(await checkRegistrationChallenge(db(), event.slug, undefined)).toEqual({ ok: true });
  });
});

describe("refused solutions", () => {
  it("refuses a tampered solution, a tampered challenge and one signed with another key", async () => {
    const event = await createEvent({ registrationChallenge: "always" });
    const payload = await solve(await createRegistrationChallenge(event.slug));
    const wrongKey = edit(payload, (p) => {
      p.solution.derivedKey = "00".repeat(32);
    });
    expect(await checkRegistrationChallenge(db(), event.slug, wrongKey)).toEqual({ ok: false, reason: "invalid" });
    const easier = edit(payload, (p) => {
      p.challenge.parameters.cost = 1;
    });
    expect(await checkRegistrationChallenge(db(), event.slug, easier)).toEqual({ ok: false, reason: "invalid" });
    const forged = await createChallenge({
      algorithm: "PBKDF2/SHA-256",
      cost: 1,
      keyPrefix: "0",
      deriveKey,
      expiresAt: Math.floor((Date.now() + 60_000) / 1000),
      data: { event: event.slug },
      hmacSignatureSecret: "not-our-secret",
    });
    expect(await checkRegistrationChallenge(db(), event.slug, await solve(forged))).toEqual({ ok: false, reason: "invalid" });
    for (const junk of [
      "not base64 at all!",
      Buffer.from("{}").toString("base64"),
      Buffer.from("[1,2]").toString("base64"),
      "x".repeat(10_000),
      42,
    ]) {
      expect(await checkRegistrationChallenge(db(), event.slug, junk)).toEqual({ ok: false, reason: junk === 42 ? "required" : "invalid" });
    }
    // None of the refused ones was recorded, and the genuine solution still works.
    expect(await usedRows()).toBe(0);
    expect(await checkRegistrationChallenge(db(), event.slug, payload)).toEqual({ ok: true });
  });

  it("refuses a solution made for another event", async () => {
    const event = await createEvent({ registrationChallenge: "always" });
    const other = await createEvent({ registrationChallenge: "always" });
    const payload = await solve(await createRegistrationChallenge(other.slug));
    expect(await checkRegistrationChallenge(db(), event.slug, payload)).toEqual({ ok: false, reason: "invalid" });
    const relabelled = edit(payload, (p) => {
      p.challenge.parameters.data = { event: event.slug };
    });
    expect(await checkRegistrationChallenge(db(), event.slug, relabelled)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an expired challenge, and purges spent ones once they expire", async () => {
    const event = await createEvent({ registrationChallenge: "always" });
    const stale = await solve(await createRegistrationChallenge(event.slug, Date.now() - CHALLENGE_TTL_MS - 1000));
    expect(await checkRegistrationChallenge(db(), event.slug, stale)).toEqual({ ok: false, reason: "expired" });
    await checkRegistrationChallenge(db(), event.slug, await solve(await createRegistrationChallenge(event.slug)));
    await db().execute(sql`update used_challenges set expires_at = now() - interval '1 second'`);
    await checkRegistrationChallenge(db(), event.slug, await solve(await createRegistrationChallenge(event.slug)));
    expect(await usedRows()).toBe(1);
  });
});

describe("challenge route", () => {
  const request = (address: string) => new Request("http://localhost/e/x/challenge", { headers: { [PEER_ADDRESS_HEADER]: address } });

  it("serves a signed challenge bound to the event, and budgets requests per address", async () => {
    const event = await createEvent({ registrationChallenge: "always" });
    const response = await challengeRoute(request("203.0.113.7"), { params: Promise.resolve({ slug: event.slug }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const challenge = (await response.json()) as Challenge;
    expect(challenge.parameters.data).toEqual({ event: event.slug });
    expect(await checkRegistrationChallenge(db(), event.slug, await solve(challenge))).toEqual({ ok: true });
    const statuses: number[] = [];
    for (let i = 0; i < rules.registrationChallengeAddress.max; i++) {
      statuses.push((await challengeRoute(request("203.0.113.8"), { params: Promise.resolve({ slug: event.slug }) })).status);
    }
    expect(new Set(statuses)).toEqual(new Set([200]));
    const refused = await challengeRoute(request("203.0.113.8"), { params: Promise.resolve({ slug: event.slug }) });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/Too many attempts/);
    const bad = await challengeRoute(request("203.0.113.9"), { params: Promise.resolve({ slug: "%E0%A4%A" }) });
    expect(bad.status).toBe(404);
  });
});
