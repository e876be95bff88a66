// registration.process, called directly as the worker would: emails go through the outbox transport.
// On an automatic-approval event it records the approval and enqueues participant.approved, whose
// handler (run here by hand, as the worker would next) sends the approval email with the ticket.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { eventEmailTemplates, participants, participantStatusHistory } from "@/lib/db/schema";
import { registerParticipant } from "@/lib/participants/register-participant";
import registrationProcessJob from "@/jobs/registration-process";
import participantApprovedJob from "@/jobs/participant-approved";
import { closeConnections, createEvent, jobsFor, messagesOf, registration, resetDb } from "../helpers/db";
import { messagesWithAttachments, ticketsOf } from "../helpers/tickets";
import { expectSeatCountersRight } from "../helpers/seats";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(registrationProcessJob);
const handleApproved = handlerOf(participantApprovedJob);

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

async function registered(eventOverrides: Parameters<typeof createEvent>[0] = {}, person = registration()) {
  const event = await createEvent(eventOverrides);
  const result = await registerParticipant(db(), event.id, person);
  if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
  return { event, participantId: result.participantId };
}

async function statusOf(participantId: string) {
  const [row] = await db().select({ status: participants.status }).from(participants).where(eq(participants.id, participantId));
  return row.status;
}

async function historyOf(participantId: string) {
  return db().select().from(participantStatusHistory).where(eq(participantStatusHistory.participantId, participantId));
}

/** The participant.approved jobs enqueued for this participant, as their payloads. */
async function approvalJobs(participantId: string) {
  return (await jobsFor("participant.approved", participantId)).map((j) => j.data as { participantId: string; changeId: string });
}

describe("processing a registration", () => {
  it("sends one 'registration received' email for an event with manual approval", async () => {
    const { event, participantId } = await registered({ approvalMode: "manual", title: "Data Day" });
    await handle(db(), { participantId });

    expect(await statusOf(participantId)).toBe("pending");
    const sent = await messagesOf(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: "registration_received",
      key: `registration_received:${participantId}`,
      eventId: event.id,
      status: "sent",
      transport: "outbox",
      providerId: `outbox:registration_received:${participantId}`,
      attempts: 1,
      error: null,
      subject: "We received your registration for Data Day",
    });
    expect(sent[0].sentAt).toBeInstanceOf(Date);
  });

  it("writes the email in the event's saved wording for the participant's language, not another kind's or event's", async () => {
    const event = await createEvent({ approvalMode: "manual", title: "Data Day" });
    const other = await createEvent({ approvalMode: "manual" });
    await db()
      .insert(eventEmailTemplates)
      .values([
        {
          eventId: event.id,
          kind: "registration_received",
          language: "en",
          subject: "Got it, {{first_name}}",
          body: "English {{event_title}}",
        },
        {
          eventId: event.id,
          kind: "registration_received",
          language: "el",
          subject: "Λάβαμε, {{first_name}}",
          body: "Ελληνικά {{event_title}}",
        },
        { eventId: event.id, kind: "approved", language: "el", subject: "Εγκρίθηκε", body: "Άλλο είδος" },
        { eventId: other.id, kind: "registration_received", language: "el", subject: "Άλλη εκδήλωση", body: "Άλλη" },
      ]);
    const greek = await registerParticipant(db(), event.id, { ...registration({ firstName: "Ελένη" }), language: "el" });
    const english = await registerParticipant(db(), event.id, registration({ firstName: "Ada" }));
    if (!greek.ok || !english.ok) throw new Error("registration failed");
    await handle(db(), { participantId: greek.participantId });
    await handle(db(), { participantId: english.participantId });

    const [toGreek] = await messagesOf(greek.participantId);
    expect(toGreek).toMatchObject({ status: "sent", subject: "Λάβαμε, Ελένη" });
    expect(toGreek.text).toContain("Ελληνικά Data Day");
    const [toEnglish] = await messagesOf(english.participantId);
    expect(toEnglish).toMatchObject({ status: "sent", subject: "Got it, Ada" });
    expect(toEnglish.text).toContain("English Data Day");
  });

  it("approves the participant on an automatic-approval event, records why, and enqueues exactly one participant.approved", async () => {
    const { participantId } = await registered({ approvalMode: "automatic", title: "Data Day" });
    await handle(db(), { participantId });

    expect(await statusOf(participantId)).toBe("approved");
    const [participant] = await db().select().from(participants).where(eq(participants.id, participantId));
    expect(participant.statusChangedAt).toBeInstanceOf(Date);
    const history = await historyOf(participantId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromStatus: "pending", toStatus: "approved", changedBy: null, changedByName: "automatic approval" });
    expect(await approvalJobs(participantId)).toEqual([{ participantId, changeId: history[0].id }]);
    // The approval email is the participant.approved job's to send, with the ticket.
    expect(await messagesOf(participantId)).toHaveLength(0);
  });

  it("gives an automatically approved participant the approval email with the ticket once its job runs", async () => {
    const { participantId } = await registered({ approvalMode: "automatic", title: "Data Day" });
    await handle(db(), { participantId });
    const [job] = await approvalJobs(participantId);
    await handleApproved(db(), job);

    const [ticket] = await ticketsOf(participantId);
    const sent = await messagesWithAttachments(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: "approved",
      key: `approved:${job.changeId}`,
      status: "sent",
      attempts: 1,
      subject: "You're confirmed for Data Day",
    });
    // The ticket, and the calendar entry beside it.
    expect(sent[0].attachments.map((a) => a.contentType)).toEqual(["application/pdf", expect.stringContaining("text/calendar")]);
    expect(sent[0].attachments[0].content.equals(ticket.pdf)).toBe(true);
  });

  it("has the same effect when run twice in a row: one approval, one job", async () => {
    const { participantId } = await registered({ approvalMode: "automatic" });
    await handle(db(), { participantId });
    await handle(db(), { participantId });

    expect(await statusOf(participantId)).toBe("approved");
    expect(await historyOf(participantId)).toHaveLength(1);
    expect(await approvalJobs(participantId)).toHaveLength(1);
  });

  it("has the same effect when run three times at once on an automatic-approval event: one approval, one job", async () => {
    const { participantId } = await registered({ approvalMode: "automatic" });
    await Promise.all([handle(db(), { participantId }), handle(db(), { participantId }), handle(db(), { participantId })]);
    expect(await historyOf(participantId)).toHaveLength(1);
    expect(await approvalJobs(participantId)).toHaveLength(1);
  });

  it("has the same effect when run three times at once on a manual-approval event: one email, delivered once", async () => {
    const { participantId } = await registered({ approvalMode: "manual" });
    await Promise.all([handle(db(), { participantId }), handle(db(), { participantId }), handle(db(), { participantId })]);

    const sent = await messagesOf(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: "registration_received", status: "sent", attempts: 1 });
    expect(await approvalJobs(participantId)).toHaveLength(0);
  });

  it("sends nothing for a participant an organizer approved before the job ran: the approval's own job does", async () => {
    const { participantId } = await registered({ approvalMode: "manual" });
    await db().update(participants).set({ status: "approved" }).where(eq(participants.id, participantId));
    await handle(db(), { participantId });
    expect(await messagesOf(participantId)).toHaveLength(0);
    expect(await approvalJobs(participantId)).toHaveLength(0);
  });

  it("stores a name containing a script exactly, escapes it in the HTML part and keeps it raw in the text part", async () => {
    const firstName = `<script>alert("pwned")</script>`;
    const { participantId } = await registered({}, registration({ firstName, lastName: "O'Brien & Co" }));
    await handle(db(), { participantId });

    const [stored] = await db().select().from(participants).where(eq(participants.id, participantId));
    expect(stored.firstName).toBe(firstName);
    expect(stored.lastName).toBe("O'Brien & Co");

    const [message] = await messagesOf(participantId);
    expect(message.html).toContain("Dear &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;,");
    expect(message.html).not.toContain("<script>");
    expect(message.text).toContain(`Dear ${firstName},`);
  });

  it("keeps Greek and CJK names intact in the email", async () => {
    const { participantId } = await registered({ title: "Συνέδριο 2026" }, registration({ firstName: "Γιώργος", lastName: "李" }));
    await handle(db(), { participantId });
    const [message] = await messagesOf(participantId);
    expect(message.subject).toBe("We received your registration for Συνέδριο 2026");
    expect(message.text).toContain("Dear Γιώργος,");
    expect(message.html).toContain("Dear Γιώργος,");
  });

  it("neither approves nor emails a participant rejected before the job ran", async () => {
    const { participantId } = await registered({ approvalMode: "automatic" });
    await db().update(participants).set({ status: "rejected" }).where(eq(participants.id, participantId));
    await handle(db(), { participantId });
    expect(await statusOf(participantId)).toBe("rejected");
    expect(await messagesOf(participantId)).toHaveLength(0);
    expect(await approvalJobs(participantId)).toHaveLength(0);
  });

  it("does nothing for a participant deleted before the job ran", async () => {
    const { participantId } = await registered();
    await db().delete(participants).where(eq(participants.id, participantId));
    await expect(handle(db(), { participantId })).resolves.toBeUndefined();
  });
});
