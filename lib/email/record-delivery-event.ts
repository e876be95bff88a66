// What a verified Resend webhook changes, in one transaction: the call is recorded by its svix-id
// (a replay changes nothing), the message Resend's email id belongs to gets its delivery status, and
// a hard bounce or a complaint marks the participant's address undeliverable, so that later emails
// to it are recorded as suppressed instead of sent (send-attempts.ts) until an organizer corrects or
// clears it (lib/participants/correct-participant-email.ts). An unknown email id is accepted and
// ignored: Resend retries anything but a 2xx, and the email may belong to another system.
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type DeliveryStatus, messages, participants, resendWebhookReceipts } from "@/lib/db/schema";
import type { ResendWebhookPayload } from "./resend-webhook";

export type DeliveryEventOutcome = "recorded" | "replayed" | "unknown_message" | "ignored";

// A later, weaker report never hides a stronger one (a "delayed" arriving after "bounced").
const rank: Record<DeliveryStatus, number> = { delayed: 1, delivered: 2, bounced: 3, complained: 4 };

function deliveryOf(payload: ResendWebhookPayload): { status: DeliveryStatus; detail: string | null; undeliverable: boolean } | null {
  switch (payload.type) {
    case "email.delivered":
      return { status: "delivered", detail: null, undeliverable: false };
    case "email.delivery_delayed":
      return { status: "delayed", detail: "The receiving server has not accepted it yet.", undeliverable: false };
    case "email.complained":
      return { status: "complained", detail: "The recipient marked it as spam.", undeliverable: true };
    case "email.bounced": {
      const bounce = payload.data.bounce;
      // Only a permanent (hard) bounce says the address is wrong; a transient one may pass next time.
      const permanent = (bounce?.type ?? "Permanent").toLowerCase() === "permanent";
      const detail = [bounce?.type, bounce?.subType].filter(Boolean).join(" / ") + (bounce?.message ? `: ${bounce.message}` : "");
      return { status: "bounced", detail: detail || null, undeliverable: permanent };
    }
    default:
      return null;
  }
}

export async function recordDeliveryEvent(db: Db, svixId: string, payload: ResendWebhookPayload): Promise<DeliveryEventOutcome> {
  return db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(resendWebhookReceipts)
      .values({ svixId, eventType: payload.type })
      .onConflictDoNothing()
      .returning({ svixId: resendWebhookReceipts.svixId });
    if (!fresh) return "replayed";
    const delivery = deliveryOf(payload);
    const emailId = payload.data.email_id;
    if (!delivery || !emailId) return "ignored";
    const [message] = await tx
      .select({ id: messages.id, participantId: messages.participantId, toAddress: messages.toAddress, current: messages.deliveryStatus })
      .from(messages)
      .where(eq(messages.providerId, emailId))
      .limit(1)
      .for("update");
    if (!message) return "unknown_message";
    if (!message.current || rank[delivery.status] >= rank[message.current]) {
      await tx
        .update(messages)
        .set({ deliveryStatus: delivery.status, deliveryDetail: delivery.detail, deliveryReportedAt: new Date() })
        .where(eq(messages.id, message.id));
    }
    if (delivery.undeliverable && message.participantId) {
      const reason =
        delivery.status === "complained" ? "Complaint: marked as spam" : `Hard bounce${delivery.detail ? ` (${delivery.detail})` : ""}`;
      // Only while the participant still has the address that bounced: a corrected one is not marked.
      await tx
        .update(participants)
        .set({ emailUndeliverableAt: new Date(), emailUndeliverableReason: reason.slice(0, 500) })
        .where(
          and(
            eq(participants.id, message.participantId),
            isNull(participants.emailUndeliverableAt),
            sql`lower(${participants.email}) = lower(${message.toAddress})`,
          ),
        );
    }
    return "recorded";
  });
}

/**
 * How long a webhook receipt is kept. It only has to outlive Resend's retries of one event (Svix retries
 * for about 28 hours: https://docs.svix.com/retries) and the signature's 5-minute tolerance; a week
 * leaves room for a manual replay from Resend's dashboard, which would otherwise be applied again
 * (harmless: a status never moves back, see `rank`).
 */
export const WEBHOOK_RECEIPT_RETENTION_DAYS = 7;

/** Deletes receipts older than the retention; the table would otherwise grow with every email sent. */
export async function purgeWebhookReceipts(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - WEBHOOK_RECEIPT_RETENTION_DAYS * 86_400_000);
  const gone = await db
    .delete(resendWebhookReceipts)
    .where(lt(resendWebhookReceipts.receivedAt, cutoff))
    .returning({ svixId: resendWebhookReceipts.svixId });
  return gone.length;
}
