// Announcements end to end against PostgreSQL: the refusals before anything is stored (unknown
// placeholder, nobody matching), the filter (status, RSVP answer, checked in), and the send on a real
// worker process against the fake Resend: each recipient once, keyed per announcement + participant,
// also when the send runs again; a scheduled one waits for its time and goes to whoever matches then.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { startAnnouncement } from "@/lib/announcements/start-announcement";
import { runAnnouncementSend } from "@/lib/announcements/run-announcement-send";
import { describeAnnouncementFilter } from "@/lib/announcements/recipient-filter";
import { db } from "@/lib/db/client";
import { announcements, checkIns, messages, operations } from "@/lib/db/schema";
import { outboxTransport } from "@/lib/email/outbox-transport";
import { createEvent } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { addParticipants, createUser } from "../helpers/participants";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

const fake = await fakeResendForFile({ apiKey: "re_announce" });
const workers: WorkerProcess[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.kill();
    await w.exited;
  }
});

async function startWorker() {
  const w = startWorkerProcess({ EMAIL_TRANSPORT: "resend", RESEND_BASE_URL: fake.url, RESEND_API_KEY: "re_announce", LOG_LEVEL: "info" });
  workers.push(w);
  await w.waitForLog("ready", 60_000);
  return w;
}

async function seed() {
  const owner = await createUser("owner");
  const event = await createEvent({ title: "Room change day", venue: "Hall A" });
  const people = await addParticipants(event.id, [
    { firstName: "Anna", lastName: "Approved", status: "approved", rsvpAnswer: "attending" },
    { firstName: "Boris", lastName: "Approved", status: "approved" },
    { firstName: "Chloe", lastName: "Checked", status: "approved", rsvpAnswer: "attending" },
    { firstName: "Dimitra", lastName: "Pending", status: "pending" },
    { firstName: "Eva", lastName: "Rejected", status: "rejected" },
  ]);
  await db().insert(checkIns).values({ eventId: event.id, participantId: people[2].id });
  return { owner, event, people };
}

const draft = { subject: "New room for {{event_title}}", body: "Dear {{first_name}},\n\nWe moved to {{venue}}." };

describe("announcements", () => {
  it("an unknown placeholder, or one only other emails have, is refused before anything is stored", async () => {
    const { owner, event } = await seed();
    for (const body of ["Hello {{frist_name}}", "Answer here: {{rsvp_url}}"]) {
      const result = await startAnnouncement(db(), owner, event.id, {
        ...draft,
        body,
        filter: { status: "approved" },
        sendAt: null,
        requestId: randomUUID(),
      });
      expect(result.ok).toBe(false);
      if (!result.ok && result.reason === "problems") expect(result.problems.body[0].message).toMatch(/\{\{(frist_name|rsvp_url)\}\}/);
      else throw new Error(`expected problems, got ${JSON.stringify(result)}`);
    }
    expect(await db().select().from(announcements)).toHaveLength(0);
    expect(await db().select().from(operations)).toHaveLength(0);
  });

  it("a filter nobody matches sends nothing and says so", async () => {
    const { owner, event } = await seed();
    const result = await startAnnouncement(db(), owner, event.id, {
      ...draft,
      filter: { status: "pending", checkedIn: "yes" },
      sendAt: null,
      requestId: randomUUID(),
    });
    expect(result).toEqual({ ok: false, reason: "nobody" });
    expect(await db().select().from(announcements)).toHaveLength(0);
    const [jobs] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'announcement.send'`);
    expect(jobs.n).toBe(0);
  });

  it("an organizer without access to the event is refused", async () => {
    const { event } = await seed();
    const stranger = await createUser("organizer");
    const result = await startAnnouncement(db(), stranger, event.id, {
      ...draft,
      filter: { status: "approved" },
      sendAt: null,
      requestId: randomUUID(),
    });
    expect(result).toEqual({ ok: false, reason: "not_found" });
  });

  it("goes on a worker to exactly the participants the filter matches, each once, also when the send runs again", async () => {
    const { owner, event, people } = await seed();
    const requestId = randomUUID();
    const req = { ...draft, filter: { status: "approved" as const, checkedIn: "no" as const }, sendAt: null, requestId };
    const started = await startAnnouncement(db(), owner, event.id, req);
    if (!started.ok) throw new Error(started.reason);
    expect(started).toMatchObject({ recipients: 2, scheduled: false, duplicate: false });
    // The same form submitted again finds the same announcement.
    expect(await startAnnouncement(db(), owner, event.id, req)).toMatchObject({
      ok: true,
      announcementId: started.announcementId,
      duplicate: true,
    });

    await startWorker();
    const opId = started.operationId!;
    await until(
      "the announcement to be sent",
      async () => (await db().select().from(announcements).where(eq(announcements.id, started.announcementId)))[0].state === "sent",
      60_000,
      () => workers[0].output(),
    );

    const [op] = await db().select().from(operations).where(eq(operations.id, opId));
    expect(op).toMatchObject({ kind: "announcement_email", total: 2, succeeded: 2, failed: 0, skipped: 0 });
    const to = fake.received.map((e) => e.to[0]).sort();
    expect(to).toEqual([people[0].email, people[1].email].sort());
    const anna = fake.received.find((e) => e.to[0] === people[0].email)!;
    expect(anna.subject).toBe("New room for Room change day");
    expect(anna.text).toContain("Dear Anna,");
    expect(anna.text).toContain("We moved to Hall A.");
    const rows = await db().select().from(messages).where(eq(messages.operationId, opId));
    expect(rows.map((m) => m.key).sort()).toEqual(
      [`announcement:${started.announcementId}:${people[0].id}`, `announcement:${started.announcementId}:${people[1].id}`].sort(),
    );
    expect(rows.every((m) => m.kind === "announcement" && m.status === "sent")).toBe(true);
    const [a] = await db().select().from(announcements).where(eq(announcements.id, started.announcementId));
    expect(a.state).toBe("sent");

    // A second run (a retried job) finds nothing left to send.
    await runAnnouncementSend(db(), started.announcementId);
    await db().update(announcements).set({ state: "sending" }).where(eq(announcements.id, started.announcementId));
    await runAnnouncementSend(db(), started.announcementId);
    expect(fake.received).toHaveLength(2);
    expect(await db().select().from(messages).where(eq(messages.operationId, opId))).toHaveLength(2);
  }, 90_000);

  it("a scheduled announcement waits for its time, then goes to whoever matches then", async () => {
    const { owner, event, people } = await seed();
    const sendAt = new Date(Date.now() + 3600_000);
    const started = await startAnnouncement(db(), owner, event.id, {
      ...draft,
      filter: { status: "any", rsvp: "attending" },
      sendAt,
      requestId: randomUUID(),
    });
    if (!started.ok) throw new Error(started.reason);
    expect(started).toMatchObject({ scheduled: true, operationId: null });
    const [job] = await db().execute<{ start_after: Date; data: { announcementId: string } }>(
      sql`select start_after, data from pgboss.job where name = 'announcement.send'`,
    );
    expect(job.data.announcementId).toBe(started.announcementId);
    expect(Math.abs(new Date(job.start_after).getTime() - sendAt.getTime())).toBeLessThan(1000);
    expect(await db().select().from(operations)).toHaveLength(0);

    // Boris answers "attending" before the time comes: he is one of the recipients then.
    await db().execute(sql`update participants set rsvp_answer = 'attending' where id = ${people[1].id}`);
    await runAnnouncementSend(db(), started.announcementId, { transport: outboxTransport });
    const [a] = await db().select().from(announcements).where(eq(announcements.id, started.announcementId));
    expect(a).toMatchObject({ state: "sent", recipients: 3 });
    const sent = await db().select().from(messages).where(eq(messages.operationId, a.operationId!));
    expect(sent.map((m) => m.participantId).sort()).toEqual([people[0].id, people[1].id, people[2].id].sort());
  });

  it("describes its filter in words for the history", () => {
    expect(describeAnnouncementFilter({ status: "approved", rsvp: "none", checkedIn: "no" })).toBe(
      "Participants approved · RSVP not answered · not checked in",
    );
    expect(describeAnnouncementFilter({ status: "any" })).toBe("All participants");
    // In a Greek dashboard, in Greek.
    expect(describeAnnouncementFilter({ status: "approved", rsvp: "attending", checkedIn: "yes" }, "el")).toBe(
      "Εγκεκριμένοι συμμετέχοντες · απάντησαν ότι θα παρευρεθούν · έχουν εισέλθει",
    );
  });
});
