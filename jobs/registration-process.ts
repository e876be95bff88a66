// registration.process: a new registration. When the event approves automatically, the approval is
// made through the one status transition (status, history row, seats) with the system as the actor,
// and participant.approved is enqueued in the same transaction: that job renders the ticket and
// sends the approval email with it. Otherwise the participant gets the "registration received" email.
// Safe to run twice, also at once: the participant row is locked, only a run that finds the
// registration still pending acts, and the email's key is unique. The event's saved wording for the
// email is read with the participant, in the locking query.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { events, participants } from "@/lib/db/schema";
import { createMessageForDelivery } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { composeEmailFromSaved, savedTemplatesColumn } from "@/lib/email/compose-email";
import { CHANGES } from "@/lib/participants/change-participant-status";
import { transitionParticipantStatus } from "@/lib/participants/transition-participant-status";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";

export const AUTOMATIC_APPROVAL = "automatic approval";

export default defineJob({
  name: "registration.process",
  payload: z.object({ participantId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => {
    const message = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ participant: participants, event: events, saved: savedTemplatesColumn("registration_received") })
        .from(participants)
        .innerJoin(events, eq(events.id, participants.eventId))
        .where(eq(participants.id, payload.participantId))
        .for("update", { of: participants });
      // Deleted, or decided already (an approval sends its own email through its own job).
      if (row?.participant.status !== "pending") return null;
      const { participant, event, saved } = row;

      if (event.approvalMode === "automatic") {
        await transitionParticipantStatus(
          tx,
          { eventId: event.id, selection: { ids: [participant.id] } },
          { ...CHANGES.approve, from: ["pending"], reason: null, actor: { kind: "system", reason: AUTOMATIC_APPROVAL } },
        );
        return null;
      }

      const content = await composeEmailFromSaved(event, participant, "registration_received", saved);
      const message = await createMessageForDelivery(tx, {
        key: `registration_received:${participant.id}`,
        kind: "registration_received",
        eventId: event.id,
        participantId: participant.id,
        to: participant.email,
        ...content,
      });
      return message;
    });
    // A message this run created has its send attempt claimed already, in the same transaction.
    if (message) await deliverMessage(db, message);
  },
});
