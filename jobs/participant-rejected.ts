// participant.rejected: the rejection email, once per rejection (`rejected:<changeId>`), with the
// organizer's reason when they gave one. Does nothing when the participant is no longer rejected.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { participantStatusHistory } from "@/lib/db/schema";
import { participantIfStatus } from "@/lib/db/queries/status-changes";
import { composeEmail } from "@/lib/email/compose-email";
import { createMessageForDelivery } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";

export default defineJob({
  name: "participant.rejected",
  // changeId: the participant_status_history row of this rejection; it keys the email.
  payload: z.object({ participantId: z.uuid(), changeId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => {
    const due = { participantId: payload.participantId, status: "rejected" as const, changeId: payload.changeId };
    const message = await db.transaction(async (tx) => {
      const current = await participantIfStatus(tx, { ...due, lock: true });
      if (!current) return null;
      const { participant, event } = current;
      // The reason given with this rejection; the participant's column holds the latest one.
      const [change] = await tx
        .select({ reason: participantStatusHistory.reason })
        .from(participantStatusHistory)
        .where(eq(participantStatusHistory.id, payload.changeId));
      const reason = change?.reason ?? participant.rejectionReason ?? "";
      const content = await composeEmail(tx, event, participant, "rejected", { reason });
      return createMessageForDelivery(tx, {
        key: `rejected:${payload.changeId}`,
        kind: "rejected",
        eventId: event.id,
        participantId: participant.id,
        to: participant.email,
        ...content,
      });
    });
    if (message) await deliverMessage(db, message);
  },
});
