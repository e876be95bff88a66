// One chunk of a bulk RSVP send, made ready for one provider call: the next pending recipients (in
// participant id order, after `after`) up to `size` emails, each recorded as a message keyed
// `rsvp:<operationId>:<participantId>`, in one transaction.
//
// Chunks are made of emails, not of recipients: a recipient skipped on the way (deleted, or no longer
// approved) is settled at once and does not count. So after a crash the first chunk made again holds
// exactly the emails of the chunk that was in flight, which gives the batch call the same
// idempotency key, and the provider answers it without sending a second time.
//
// A recipient whose turn comes after the event started is skipped.
// A recipient's existing message is reused whatever has happened since: still queued, it goes in the
// chunk; failed (a "Retry failed"), it is queued again; already sent (e.g. retried from the
// Deliveries page), the recipient is settled as sent.
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messages, operationItems, participants, type Event, type Participant } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { recordMessages } from "@/lib/email/create-message";
import { MAX_BATCH_SIZE } from "@/lib/email/transport";
import { composeRsvpEmail, rsvpBulkMessageKey } from "./compose-rsvp-email";
import { settleItems, type ItemOutcome, resumeRecordedEmail } from "@/lib/operations/settle-items";
import { itemReason } from "@/lib/operations/item-reason";

export type RsvpChunk = {
  messageIds: string[];
  /** message id → participant id, to settle each recipient from its email's outcome. */
  recipients: Map<string, string>;
  lastParticipantId: string;
};

export async function prepareRsvpChunk(
  db: Db,
  operationId: string,
  event: Event,
  after: string | null,
  size = MAX_BATCH_SIZE,
): Promise<RsvpChunk | null> {
  return db.transaction(async (tx) => {
    const recipients = new Map<string, string>();
    const requeue: string[] = [];
    const toCompose: Participant[] = [];
    const settled: ItemOutcome[] = [];
    let cursor = after;
    let seen = 0;
    // Nobody is asked once the event has started: the link could no longer be answered.
    const started = event.startsAt <= new Date();

    while (recipients.size + toCompose.length < size) {
      const rows = await tx
        .select({
          participantId: operationItems.participantId,
          participant: participants,
          messageId: messages.id,
          messageStatus: messages.status,
        })
        .from(operationItems)
        .leftJoin(participants, and(eq(participants.id, operationItems.participantId), eq(participants.eventId, event.id)))
        .leftJoin(messages, eq(messages.key, sql`'rsvp:' || ${operationId}::text || ':' || ${operationItems.participantId}::text`))
        .where(
          and(
            eq(operationItems.operationId, operationId),
            eq(operationItems.status, "pending"),
            cursor ? gt(operationItems.participantId, cursor) : undefined,
          ),
        )
        .orderBy(asc(operationItems.participantId))
        .limit(size - recipients.size - toCompose.length);
      if (rows.length === 0) break;
      seen += rows.length;
      for (const row of rows) {
        cursor = row.participantId;
        if (row.messageId) resumeRecordedEmail({ settled, requeue, recipients }, row.participantId, row.messageId, row.messageStatus);
        else if (!row.participant) {
          settled.push({ participantId: row.participantId, status: "skipped", error: itemReason({ code: "deleted" }) });
        } else if (row.participant.status !== "approved") {
          settled.push({
            participantId: row.participantId,
            status: "skipped",
            error: itemReason({ code: "notApproved", status: row.participant.status }),
          });
        } else if (started) {
          settled.push({ participantId: row.participantId, status: "skipped", error: itemReason({ code: "eventStarted" }) });
        } else {
          toCompose.push(row.participant);
        }
      }
    }
    if (seen === 0) return null;

    if (toCompose.length) {
      const config = env();
      const values = [];
      for (const p of toCompose) {
        const content = await composeRsvpEmail(tx, event, p);
        values.push({
          key: rsvpBulkMessageKey(operationId, p.id),
          kind: "rsvp_request" as const,
          eventId: event.id,
          participantId: p.id,
          operationId,
          fromAddress: config.EMAIL_FROM,
          toAddress: p.email,
          transport: config.EMAIL_TRANSPORT,
          ...content,
        });
      }
      const { all } = await recordMessages(tx, values);
      for (const m of all) recipients.set(m.id, m.participantId!);
    }
    if (requeue.length)
      await tx
        .update(messages)
        .set({ status: "queued" })
        .where(and(inArray(messages.id, requeue), eq(messages.status, "failed")));
    await settleItems(tx, operationId, settled);
    return { messageIds: [...recipients.keys()], recipients, lastParticipantId: cursor! };
  });
}
