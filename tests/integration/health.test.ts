// GET /api/health reports the database's state: 200 when it answers, 503 with the reason when not.
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/lib/db/client";

const goodUrl = process.env.DATABASE_URL!;

afterEach(async () => {
  await closeDb();
  process.env.DATABASE_URL = goodUrl;
  vi.resetModules();
});

async function freshGet() {
  vi.resetModules();
  const route = await import("@/app/api/health/route");
  return route.GET();
}

describe("health endpoint", () => {
  it("answers 200 ok when the database answers", async () => {
    const res = await freshGet();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("answers 503 with the reason when the database does not answer", async () => {
    await closeDb();
    // A port nothing listens on.
    process.env.DATABASE_URL = "postgres://postgres:x@127.0.0.1:1/none";
    const res = await freshGet();
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe("error");
    expect(body.database).toBe("unavailable");
    expect(String(body.reason)).toMatch(/ECONNREFUSED|connect|did not answer/i);
  });
});
