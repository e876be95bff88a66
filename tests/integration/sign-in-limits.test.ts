// Password guessing is held back per account and per client address, with growing back-off, on
// the sign-in form's use-case and on Better Auth's own /api/auth/sign-in/email; a forged
// X-Forwarded-For changes nothing unless the request comes from a TRUSTED_PROXY.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...all]/route";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "@/lib/rate-limit/peer-address";
import { signedInAccount } from "../helpers/check-in";
import { closeConnections, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

const from = (address: string, extra: Record<string, string> = {}) => new Headers({ [PEER_ADDRESS_HEADER]: address, ...extra });

function httpSignIn(email: string, password: string, headers: Record<string, string>) {
  return authRoute.POST(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("sign-in budgets", () => {
  it("refuses the right password after too many wrong ones for the account, saying when to try again", async () => {
    const owner = await signedInAccount("owner", "Olga Owner");
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await signInWithPassword({ email: owner.email, password: `wrong-password-${i}` }, from(`198.51.100.${i}`));
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("invalid_credentials"));
    expect(outcomes.slice(10)).toEqual(["rate_limited", "rate_limited"]);
    const right = await signInWithPassword({ email: owner.email, password: owner.password }, from("203.0.113.9"));
    expect(right.ok).toBe(false);
    if (!right.ok && right.reason === "rate_limited") expect(right.retryAfterMs).toBeGreaterThan(50_000);
    else throw new Error(`expected rate_limited, got ${JSON.stringify(right)}`);
  });

  it("limits one address trying many accounts", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 32; i++) {
      const r = await signInWithPassword({ email: `nobody-${i}@example.com`, password: "wrong-password" }, from("198.51.100.7"));
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes.filter((o) => o === "invalid_credentials")).toHaveLength(30);
    expect(outcomes.slice(30)).toEqual(["rate_limited", "rate_limited"]);
    // Another address is not affected.
    const other = await signInWithPassword({ email: "nobody-x@example.com", password: "wrong-password" }, from("198.51.100.8"));
    expect(other.ok ? "ok" : other.reason).toBe("invalid_credentials");
  });

  it("a correct password clears the account's failures", async () => {
    const owner = await signedInAccount("owner", "Olga Owner");
    for (let i = 0; i < 9; i++) await signInWithPassword({ email: owner.email, password: "wrong-password" }, from("198.51.100.1"));
    expect((await signInWithPassword({ email: owner.email, password: owner.password }, from("198.51.100.1"))).ok).toBe(true);
    for (let i = 0; i < 9; i++) {
      const r = await signInWithPassword({ email: owner.email, password: "wrong-password" }, from("198.51.100.1"));
      expect(r.ok ? "ok" : r.reason).toBe("invalid_credentials");
    }
  });
});

describe("/api/auth/sign-in/email", () => {
  it("answers 429 with the message once over budget, whatever X-Forwarded-For says", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const r = await httpSignIn(`nobody-${i}@example.com`, "wrong-password", {
        [PEER_ADDRESS_HEADER]: "192.0.2.10",
        "x-forwarded-for": `10.0.${i}.1`,
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const last = await httpSignIn("nobody@example.com", "wrong-password", { [PEER_ADDRESS_HEADER]: "192.0.2.10" });
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await last.json()).message).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    // Worded by the browser's language (the sign-in page is not signed in: Accept-Language).
    const greek = await httpSignIn("nobody@example.com", "wrong-password", {
      [PEER_ADDRESS_HEADER]: "192.0.2.10",
      "accept-language": "el-GR,el;q=0.9",
    });
    expect(greek.status).toBe(429);
    expect((await greek.json()).message).toMatch(/^Πάρα πολλές προσπάθειες\. Δοκιμάστε ξανά σε \d+ λεπτ(ό|ά)\.$/);
  });

  it("believes X-Forwarded-For only from a trusted proxy, and then the rightmost untrusted entry", async () => {
    const config = env() as { TRUSTED_PROXY?: string };
    config.TRUSTED_PROXY = "127.0.0.1";
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        // The client prepends a forged address; the proxy appends the real one.
        const r = await httpSignIn(`nobody-${i}@example.com`, "wrong-password", {
          [PEER_ADDRESS_HEADER]: "127.0.0.1",
          "x-forwarded-for": `10.9.${i}.1, 203.0.113.50`,
        });
        statuses.push(r.status);
      }
      expect(statuses[30]).toBe(429);
      // Another real client behind the same proxy still gets through.
      const other = await httpSignIn("nobody@example.com", "wrong-password", {
        [PEER_ADDRESS_HEADER]: "127.0.0.1",
        "x-forwarded-for": "203.0.113.51",
      });
      expect(other.status).toBe(401);
    } finally {
      config.TRUSTED_PROXY = undefined;
    }
  });

  it("door staff cannot rename themselves", async () => {
    const door = await signedInAccount("door_staff", "Dora Door");
    const r = await authRoute.POST(
      new Request("http://localhost:3000/api/auth/update-user", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost:3000",
          cookie: door.cookie,
          [PEER_ADDRESS_HEADER]: "192.0.2.77",
        },
        body: JSON.stringify({ name: "Someone Else" }),
      }),
    );
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    const { db } = await import("@/lib/db/client");
    const { user } = await import("@/lib/db/schema");
    const { eq } = await import("drizzle-orm");
    const [row] = await db().select({ name: user.name }).from(user).where(eq(user.id, door.id));
    expect(row.name).toBe("Dora Door");
  });
});
