// registration.process: approve automatically when the event says so, then record and deliver the
// matching email (registration received, or approved). Safe to run twice: the status change is
// conditional and the email's key is unique, so a second run finds the message already sent.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { events, participants, type MessageKind } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { composeEmail } from "@/lib/email/compose-email";
import type { JobPayload } from "@/lib/queue/jobs";

export const name = "registration.process" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  const messageId = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ participant: participants, event: events })
      .from(participants)
      .innerJoin(events, eq(events.id, participants.eventId))
      .where(eq(participants.id, payload.participantId))
      .for("update", { of: participants });
    if (!row) return null; // deleted since: nothing to do
    let { participant } = row;
    if (participant.status === "pending" && row.event.approvalMode === "automatic") {
      [participant] = await tx
        .update(participants)
        .set({ status: "approved", updatedAt: new Date() })
        .where(eq(participants.id, participant.id))
        .returning();
    }
    const kind: MessageKind | null =
      participant.status === "approved" ? "approved" : participant.status === "pending" ? "registration_received" : null;
    if (!kind) return null;
    const content = await composeEmail(tx, row.event, participant, kind);
    const message = await createMessage(tx, {
      key: `${kind}:${participant.id}`,
      kind,
      eventId: row.event.id,
      participantId: participant.id,
      to: participant.email,
      ...content,
    });
    return message.id;
  });
  if (messageId) await deliverMessage(db, messageId);
}
