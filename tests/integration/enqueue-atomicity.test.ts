// Invariant 1: a row change and the job it needs are written in one transaction.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import { closeConnections, createEvent, jobsFor, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

class Rollback extends Error {}

async function insertParticipantAndEnqueue(eventId: string, thenFail: boolean): Promise<string> {
  let participantId = "";
  await db()
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(participants)
        .values({ eventId, firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" })
        .returning({ id: participants.id });
      participantId = row.id;
      await sendJob(tx, "registration.process", { participantId });
      if (thenFail) throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return participantId;
}

describe("writing a row and enqueueing its job", () => {
  it("leaves neither the participant nor the job when the transaction rolls back", async () => {
    const event = await createEvent();
    const participantId = await insertParticipantAndEnqueue(event.id, true);
    expect(participantId).not.toBe("");
    expect(await db().select().from(participants).where(eq(participants.id, participantId))).toHaveLength(0);
    expect(await jobsFor("registration.process", participantId)).toHaveLength(0);
  });

  it("leaves both the participant and exactly one job when the transaction commits", async () => {
    const event = await createEvent();
    const participantId = await insertParticipantAndEnqueue(event.id, false);
    expect(await db().select().from(participants).where(eq(participants.id, participantId))).toHaveLength(1);
    const jobs = await jobsFor("registration.process", participantId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].state).toBe("created");
  });

  it("refuses a payload that breaks the job contract before writing anything", async () => {
    const event = await createEvent();
    await expect(
      db().transaction(async (tx) => {
        await tx.insert(participants).values({ eventId: event.id, firstName: "A", lastName: "B", email: "a@example.com" });
        await sendJob(tx, "registration.process", { participantId: "not-a-uuid" });
      }),
    ).rejects.toThrow();
    expect(await db().select().from(participants).where(eq(participants.eventId, event.id))).toHaveLength(0);
  });
});
