// registration.process, called directly as the worker would: emails go through the outbox transport.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { registerParticipant } from "@/lib/participants/register-participant";
import { handle } from "@/jobs/registration-process";
import { closeConnections, createEvent, messagesOf, registration, resetDb } from "../helpers/db";

beforeEach(resetDb);
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

  it("approves the participant and sends one 'approved' email for an event with automatic approval", async () => {
    const { participantId } = await registered({ approvalMode: "automatic", title: "Data Day" });
    await handle(db(), { participantId });

    expect(await statusOf(participantId)).toBe("approved");
    const sent = await messagesOf(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: "approved", status: "sent", attempts: 1, subject: "You're confirmed for Data Day" });
  });

  it("has the same effect when run twice in a row: one email, delivered once", async () => {
    const { participantId } = await registered({ approvalMode: "automatic" });
    await handle(db(), { participantId });
    await handle(db(), { participantId });

    expect(await statusOf(participantId)).toBe("approved");
    const sent = await messagesOf(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it.each(["manual", "automatic"] as const)("has the same effect when run twice at once (%s approval): one email, delivered once", async (approvalMode) => {
    const { participantId } = await registered({ approvalMode });
    await Promise.all([handle(db(), { participantId }), handle(db(), { participantId }), handle(db(), { participantId })]);

    const sent = await messagesOf(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: approvalMode === "automatic" ? "approved" : "registration_received", status: "sent", attempts: 1 });
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

  it("sends no email for a participant rejected before the job ran", async () => {
    const { participantId } = await registered({ approvalMode: "automatic" });
    await db().update(participants).set({ status: "rejected" }).where(eq(participants.id, participantId));
    await handle(db(), { participantId });
    expect(await statusOf(participantId)).toBe("rejected");
    expect(await messagesOf(participantId)).toHaveLength(0);
  });

  it("does nothing for a participant deleted before the job ran", async () => {
    const { participantId } = await registered();
    await db().delete(participants).where(eq(participants.id, participantId));
    await expect(handle(db(), { participantId })).resolves.toBeUndefined();
  });
});
