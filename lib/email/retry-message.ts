// The organizer's "Retry" on a message that did not go out: back to queued plus an email.send job,
// in one transaction. Also for a message still queued whose job was given up (dead-lettered): it
// gets a new job unless one is still pending. The row lock makes two clicks at once one retry, and
// delivery itself stays exactly once (deliverMessage skips a message that is no longer queued). A
// message still "sending" (in a recorded attempt whose answer was lost) keeps its attempt: its job
// re-sends that very request with its key, never a request of its own.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { cancelDeadLetteredEmailJobs, hasLiveEmailJob } from "@/lib/queue-admin/message-jobs";
import { sendJob } from "@/lib/queue/boss";
import { ANONYMISED_ADDRESS } from "./send-attempts";

export type RetryMessageResult = { ok: true; requeued: boolean } | { ok: false; reason: "not_found" | "already_sent" | "cancelled" };

export async function retryMessage(db: Db, params: { eventId: string; messageId: string }): Promise<RetryMessageResult> {
  return db.transaction(async (tx) => {
    const [message] = await tx
      .select({ id: messages.id, status: messages.status, toAddress: messages.toAddress })
      .from(messages)
      .where(and(eq(messages.id, params.messageId), eq(messages.eventId, params.eventId)))
      .for("update");
    if (!message) return { ok: false, reason: "not_found" };
    if (message.status === "sent") return { ok: false, reason: "already_sent" };
    // Anonymised: never sent to the placeholder (a failed one was never sent at all).
    if (message.status === "cancelled" || message.toAddress === ANONYMISED_ADDRESS) return { ok: false, reason: "cancelled" };

    if ((message.status === "queued" || message.status === "sending") && (await hasLiveEmailJob(tx, message.id)))
      return { ok: true, requeued: false };
    // The error and attempt count stay as history until the next attempt overwrites them.
    if (message.status === "failed") await tx.update(messages).set({ status: "queued" }).where(eq(messages.id, message.id));
    await sendJob(tx, "email.send", { messageId: message.id });
    // Its dead-lettered jobs are dealt with now: cancelled, so the page stops listing them.
    await cancelDeadLetteredEmailJobs(tx, message.id);
    return { ok: true, requeued: true };
  });
}
