// GET /api/health reports the database's state: 200 when it answers, 503 with the reason when not.
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/lib/db/client";

const goodUrl = process.env.DATABASE_URL!;

afterEach(async () => {
  await closeDb();
  process.env.DATABASE_URL = goodUrl;
  vi.resetModules();
});

async function freshGet(headers: Record<string, string> = {}) {
  vi.resetModules();
  const route = await import("@/app/api/health/route");
  return route.GET(new Request("http://localhost:3000/api/health", { headers }));
}

describe("health endpoint", () => {
  it("answers 200 ok when the database answers", async () => {
    const res = await freshGet();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("answers 503 with a generic reason to anonymous callers when the database does not answer", async () => {
    await closeDb();
    // A port nothing listens on.
    process.env.DATABASE_URL = "postgres://postgres:x@127.0.0.1:1/none";
    const res = await freshGet();
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe("error");
    expect(body.database).toBe("unavailable");
    expect(body.reason).toBe("The database is not reachable.");
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
  });

  it("gives the raw reason to a caller with the metrics token", async () => {
    await closeDb();
    process.env.DATABASE_URL = "postgres://postgres:x@127.0.0.1:1/none";
    process.env.METRICS_TOKEN = "health-test-token-0123456789";
    try {
      const res = await freshGet({ authorization: "Bearer health-test-token-0123456789" });
      expect(res.status).toBe(503);
      expect(String((await res.json()).reason)).toMatch(/ECONNREFUSED|connect|did not answer/i);
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });
});
