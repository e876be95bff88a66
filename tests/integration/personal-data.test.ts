// Deleting a participant and all their data on request, and anonymising an event's personal data
// after its retention: nothing of the person is left; everyone else's data is untouched.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  checkIns,
  checkInScans,
  events,
  messageAttachments,
  messages,
  operationItems,
  operationRowErrors,
  operations,
  participants,
  participantStatusHistory,
  tickets,
  uploads,
  type Event,
} from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { deleteParticipantData } from "@/lib/participants/delete-participant-data";
import { producer } from "@/lib/queue/boss";
import anonymiseEvents from "@/jobs/maintenance-anonymise-events";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { expectSeatCountersRight } from "../helpers/seats";
import { jobContext } from "../helpers/run-job";

beforeEach(async () => {
  await resetDb();
  await db().execute(sql`truncate table operations, uploads, check_in_scans cascade`);
});
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

const owner = { id: "owner-1", role: "owner" as const };
const DAY = 24 * 3600 * 1000;

/** A participant with something in every place personal data lives. */
async function participantWithEverything(event: Event, email: string) {
  const [p] = await db()
    .insert(participants)
    .values({
      eventId: event.id,
      firstName: "Maria",
      lastName: "Papadopoulou",
      email,
      organisation: "Acme",
      phone: "+30 210 000",
      status: "approved",
      ticketCode: randomUUID(),
      rejectionReason: null,
    })
    .returning();
  const [m] = await db()
    .insert(messages)
    .values({
      key: `approved:${randomUUID()}`,
      eventId: event.id,
      participantId: p.id,
      kind: "approved",
      fromAddress: "events@example.org",
      toAddress: email,
      subject: "Your ticket, Maria",
      html: "<p>Hi Maria</p>",
      text: "Hi Maria",
      status: "sent",
    })
    .returning();
  await db()
    .insert(messageAttachments)
    .values({ messageId: m.id, filename: "ticket.pdf", contentType: "application/pdf", content: Buffer.from("%PDF Maria") });
  await db()
    .insert(tickets)
    .values({ participantId: p.id, eventId: event.id, code: p.ticketCode!, pdf: Buffer.from("%PDF"), sha256: "x" });
  await db()
    .insert(participantStatusHistory)
    .values({ participantId: p.id, fromStatus: "pending", toStatus: "approved", reason: "Maria asked by phone" });
  await db().insert(checkIns).values({ eventId: event.id, participantId: p.id, staffName: "Door" });
  await db()
    .insert(checkInScans)
    .values({
      eventId: event.id,
      clientScanId: randomUUID(),
      result: { outcome: "admitted", participant: { id: p.id, name: "Maria Papadopoulou" } },
    });
  const [bulk] = await db().insert(operations).values({ eventId: event.id, kind: "rsvp_email", total: 1 }).returning();
  await db()
    .insert(operationItems)
    .values({ operationId: bulk.id, participantId: p.id, status: "failed", error: `mailbox ${email} full` });
  const [imp] = await db().insert(operations).values({ eventId: event.id, kind: "participants_import", total: 2 }).returning();
  await db()
    .insert(operationRowErrors)
    .values({
      operationId: imp.id,
      rowNumber: 2,
      outcome: "skipped",
      reason: "duplicate",
      raw: ["Maria", "Papadopoulou", ` ${email.toUpperCase()} `],
    });
  await db()
    .insert(uploads)
    .values({
      eventId: event.id,
      purpose: "participants_import",
      filename: "people.csv",
      contentType: "text/csv",
      size: 40,
      content: Buffer.from(`first,last,email\nMaria,Papadopoulou,${email.toUpperCase()}\n`),
    });
  const jobId = await (await producer()).send("registration.process", { participantId: p.id });
  return { participant: p, jobId: jobId! };
}

/** Every row anywhere that still mentions this participant (by id or address). */
async function traces(participantId: string, email: string) {
  const n = async (q: ReturnType<typeof sql>) => Number((await db().execute<{ n: number }>(q))[0].n);
  return {
    participants: await n(sql`select count(*)::int as n from participants where id = ${participantId} or lower(email) = lower(${email})`),
    messages: await n(sql`select count(*)::int as n from messages where participant_id = ${participantId} or to_address = ${email}`),
    attachments: await n(
      sql`select count(*)::int as n from message_attachments a join messages m on m.id = a.message_id where m.participant_id = ${participantId}`,
    ),
    tickets: await n(sql`select count(*)::int as n from tickets where participant_id = ${participantId}`),
    history: await n(sql`select count(*)::int as n from participant_status_history where participant_id = ${participantId}`),
    checkIns: await n(sql`select count(*)::int as n from check_ins where participant_id = ${participantId}`),
    scans: await n(sql`select count(*)::int as n from check_in_scans where result::text like ${`%${participantId}%`}`),
    operationItems: await n(sql`select count(*)::int as n from operation_items where participant_id = ${participantId}`),
    rowErrors: await n(sql`select count(*)::int as n from operation_row_errors where lower(raw::text) like ${`%${email}%`}`),
    uploads: await n(sql`select count(*)::int as n from uploads where lower(convert_from(content, 'UTF8')) like ${`%${email}%`}`),
    jobs: await n(sql`select count(*)::int as n from pgboss.job where data->>'participantId' = ${participantId}`),
  };
}

const nothing = {
  participants: 0,
  messages: 0,
  attachments: 0,
  tickets: 0,
  history: 0,
  checkIns: 0,
  scans: 0,
  operationItems: 0,
  rowErrors: 0,
  uploads: 0,
  jobs: 0,
};

describe("deleting a participant and all their data", () => {
  it("leaves nothing of them anywhere, and the other participants untouched", async () => {
    const event = await createEvent();
    const maria = await participantWithEverything(event, "maria@example.com");
    const other = await participantWithEverything(event, "other@example.com");
    const before = await traces(other.participant.id, "other@example.com");

    const result = await deleteParticipantData(db(), owner, event.id, maria.participant.id);

    expect(result).toEqual({
      ok: true,
      erased: {
        participant: 1,
        messages: 2,
        tickets: 1,
        "status history": 1,
        "check-ins": 1,
        "check-in scans": 1,
        "bulk operation items": 1,
        "import row errors": 1,
        "import files": 1,
        "queue jobs": 1,
      },
    });
    expect(await traces(maria.participant.id, "maria@example.com")).toEqual(nothing);
    // The other person's rows all remain.
    expect(await traces(other.participant.id, "other@example.com")).toEqual(before);
    expect(Object.values(before).every((n) => n >= 1)).toBe(true);
  });

  it("refuses an organizer who cannot manage the event, and deletes nothing", async () => {
    const event = await createEvent();
    const maria = await participantWithEverything(event, "maria@example.com");
    const before = await traces(maria.participant.id, "maria@example.com");
    expect(await deleteParticipantData(db(), { id: "someone-else", role: "organizer" }, event.id, maria.participant.id)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await traces(maria.participant.id, "maria@example.com")).toEqual(before);
  });

  it("answers not found for a participant of another event or a malformed id", async () => {
    const event = await createEvent();
    const elsewhere = await createEvent();
    const maria = await participantWithEverything(elsewhere, "maria@example.com");
    expect(await deleteParticipantData(db(), owner, event.id, maria.participant.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteParticipantData(db(), owner, event.id, "not-a-uuid")).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("anonymising an event after its retention", () => {
  const config = parseEnv({ DATABASE_URL: "postgres://localhost/x" });

  it("keeps the records but not the people, once, and only for events that are due", async () => {
    const due = await createEvent({ startsAt: new Date(Date.now() - 41 * DAY), anonymiseAfterDays: 30 });
    const notYet = await createEvent({ startsAt: new Date(Date.now() - 41 * DAY), anonymiseAfterDays: 60 });
    const a = await participantWithEverything(due, "maria@example.com");
    await participantWithEverything(due, "nikos@example.com");
    const kept = await participantWithEverything(notYet, "kept@example.com");

    expect(await anonymiseEvents.handle(jobContext(db(), { config }), null)).toEqual({ events: 1, participants: 2 });

    const [p] = await db().select().from(participants).where(eq(participants.id, a.participant.id));
    expect(p).toMatchObject({
      firstName: "Anonymised",
      lastName: "participant",
      email: `${p.id}@anonymised.invalid`,
      organisation: null,
      phone: null,
      ticketCode: null,
      status: "approved",
    });
    const [m] = await db().select().from(messages).where(eq(messages.participantId, p.id));
    expect(m).toMatchObject({
      toAddress: "anonymised@invalid",
      subject: "(anonymised)",
      html: null,
      text: null,
      status: "sent",
      kind: "approved",
    });
    const t = await traces(p.id, "maria@example.com");
    // The records that count stay (participant, message, history row, check-in, bulk item); the person is gone.
    expect(t).toEqual({ ...nothing, participants: 1, messages: 1, history: 1, checkIns: 1, operationItems: 1, jobs: 1 });
    const [item] = await db().select().from(operationItems).where(eq(operationItems.participantId, p.id));
    expect(item.error).toBeNull();
    const [history] = await db().select().from(participantStatusHistory).where(eq(participantStatusHistory.participantId, p.id));
    expect(history.reason).toBeNull();
    const [event] = await db().select().from(events).where(eq(events.id, due.id));
    expect(event.anonymisedAt).toBeInstanceOf(Date);

    // The other event is not due yet: untouched.
    const [k] = await db().select().from(participants).where(eq(participants.id, kept.participant.id));
    expect(k.firstName).toBe("Maria");
    // A second run finds nothing to do.
    expect(await anonymiseEvents.handle(jobContext(db(), { config }), null)).toEqual({ events: 0, participants: 0 });
  });
});
