// "Email certificates": each participant with a valid certificate gets one email with that stored
// PDF attached, counted in the operation as it is sent; a second send, a double submit and jobs
// run twice at once never send anyone a second certificate email.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messageAttachments, messages } from "@/lib/db/schema";
import { startCertificateEmail } from "@/lib/certificates/start-email";
import { startGeneration } from "@/lib/certificates/start-generation";
import certificatesEmailJob from "@/jobs/certificates-email";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants, certificatesOfEvent, operationRow, owner, runRenderJobs } from "../helpers/certificates";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(certificatesEmailJob);

beforeEach(resetDb);
afterAll(closeConnections);

async function emailJobs(operationId: string) {
  const rows = await db().execute<{ data: unknown }>(
    sql`select data from pgboss.job where name = 'certificates.email' and data->>'operationId' = ${operationId}`,
  );
  return rows.map((r) => certificatesEmailJob.payload.parse(r.data));
}

async function eventWithCertificates(n: number) {
  const event = await createEvent();
  await addParticipants(
    event.id,
    Array.from({ length: n }, () => ({})),
  );
  const gen = await startGeneration(db(), owner, event.id, randomUUID(), false);
  if (!gen.ok) throw new Error("not started");
  await runRenderJobs(gen.operationId);
  return event;
}

describe("emailing certificates", () => {
  it("sends each participant one email with their stored certificate attached and completes the operation", async () => {
    const event = await eventWithCertificates(25);
    const started = await startCertificateEmail(db(), owner, event.id, randomUUID());
    if (!started.ok) throw new Error("not started");
    const jobs = await emailJobs(started.operationId);
    expect(jobs.length).toBe(2);
    for (const job of jobs) await handle(db(), job);
    expect(await operationRow(started.operationId)).toMatchObject({ state: "completed", total: 25, succeeded: 25, processed: 25 });
    const sent = await db().select().from(messages).where(eq(messages.eventId, event.id));
    expect(sent).toHaveLength(25);
    expect(sent.every((m) => m.status === "sent" && m.kind === "certificate" && m.key === `certificate:${m.participantId}`)).toBe(true);
    const certs = await certificatesOfEvent(event.id);
    const [one] = await db().select().from(messageAttachments).where(eq(messageAttachments.messageId, sent[0].id));
    const cert = certs.find((c) => c.participantId === sent[0].participantId)!;
    expect(Buffer.compare(one.content, cert.pdf)).toBe(0);
    expect(one.contentType).toBe("application/pdf");
  });

  it("a double submit is one send, jobs run twice at once send once, and a later send skips everyone", async () => {
    const event = await eventWithCertificates(5);
    const requestId = randomUUID();
    const first = await startCertificateEmail(db(), owner, event.id, requestId);
    const twin = await startCertificateEmail(db(), owner, event.id, requestId);
    if (!first.ok || !twin.ok) throw new Error("not started");
    expect(twin).toMatchObject({ duplicate: true, operationId: first.operationId });
    const jobs = await emailJobs(first.operationId);
    await Promise.all([...jobs, ...jobs].map((j) => handle(db(), j)));
    expect(await operationRow(first.operationId)).toMatchObject({ state: "completed", succeeded: 5, processed: 5 });
    const later = await startCertificateEmail(db(), owner, event.id, randomUUID());
    if (!later.ok) throw new Error("not started");
    for (const job of await emailJobs(later.operationId)) await handle(db(), job);
    expect(await operationRow(later.operationId)).toMatchObject({ state: "completed", skipped: 5, succeeded: 0 });
    const [count] = await db().execute<{ n: number }>(sql`select count(*)::int as n from messages where event_id = ${event.id}`);
    expect(count.n).toBe(5);
  });

  it("with no certificates, starts nothing", async () => {
    const event = await createEvent();
    expect(await startCertificateEmail(db(), owner, event.id, randomUUID())).toEqual({ ok: false, reason: "nobody" });
  });
});
