// GET /api/metrics: bearer token required; Prometheus text with the database-wide figures (queue
// depth per queue and state, the oldest waiting job, emails per transport and status).
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { producer } from "@/lib/queue/boss";
import { closeConnections, resetDb } from "../helpers/db";

// Read once by env(): set before the route first runs.
const TOKEN = "route-test-token-0123456789";
process.env.METRICS_TOKEN = TOKEN;

beforeEach(resetDb);
afterAll(closeConnections);

const scrape = async (authorization?: string) => {
  const { GET } = await import("@/app/api/metrics/route");
  return GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
};

describe("GET /api/metrics", () => {
  it("answers 401 without the bearer token or with a wrong one", async () => {
    const missing = await scrape();
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect((await scrape("Bearer not-the-token-0123456789")).status).toBe(401);
    expect((await scrape(TOKEN)).status).toBe(401);
  });

  it("serves queue depth and emails per transport in Prometheus text format", async () => {
    await (await producer()).send("email.send", { messageId: randomUUID() });
    const mail = (status: "sent" | "failed", transport: string) => ({
      key: `t:${randomUUID()}`,
      kind: "approved" as const,
      fromAddress: "e@example.org",
      toAddress: "a@example.com",
      subject: "s",
      status,
      transport,
    });
    await db()
      .insert(messages)
      .values([mail("sent", "outbox"), mail("sent", "outbox"), mail("failed", "resend")]);

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain("eventdesk_database_up 1");
    expect(text).toContain('eventdesk_queue_jobs{queue="email.send",state="queued"} 1');
    expect(text).toContain('eventdesk_queue_jobs{queue="registration.process",state="queued"} 0');
    expect(text).toMatch(/eventdesk_queue_oldest_ready_seconds\{queue="email.send"\} [\d.]+/);
    expect(text).toContain('eventdesk_emails{transport="outbox",status="sent"} 2');
    expect(text).toContain('eventdesk_emails{transport="resend",status="failed"} 1');
    expect(text).toContain("# TYPE nodejs_heap_size_used_bytes gauge");
  });
});
