// "Send again" on a message whose outcome is unknown: its recorded attempt got no answer and Resend's
// 24-hour idempotency window has passed, so a re-send could be a second copy. Only an organizer who
// has checked (the recipient did not get it) sends it again: the message leaves its attempt and is
// queued with an email.send job; its next attempt gets a key of its own. In one transaction, with
// the row locked, so two clicks are one re-send.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messages, sendAttempts } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import { ATTEMPT_WINDOW_MS } from "./send-attempts";

export type ConfirmUnknownResult = { ok: true } | { ok: false; reason: "not_found" | "not_unknown" };

export async function confirmUnknownMessage(db: Db, params: { eventId: string; messageId: string }): Promise<ConfirmUnknownResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: messages.id, status: messages.status, attemptId: messages.attemptId, attempt: sendAttempts })
      .from(messages)
      .leftJoin(sendAttempts, eq(sendAttempts.id, messages.attemptId))
      .where(and(eq(messages.id, params.messageId), eq(messages.eventId, params.eventId)))
      .for("update", { of: messages });
    if (!row) return { ok: false, reason: "not_found" };
    const a = row.attempt;
    const expired =
      a &&
      (a.state === "unknown" ||
        (a.state === "pending" && a.createdAt.getTime() <= Date.now() - ATTEMPT_WINDOW_MS && !(a.leaseUntil && a.leaseUntil > new Date())));
    if (row.status !== "sending" || !a || !expired) return { ok: false, reason: "not_unknown" };
    await tx
      .update(sendAttempts)
      .set({ state: "unknown", leaseUntil: null })
      .where(and(eq(sendAttempts.id, a.id), eq(sendAttempts.state, "pending")));
    await tx.update(messages).set({ status: "queued", attemptId: null, error: null }).where(eq(messages.id, row.id));
    // Once every member has been confirmed, the attempt is closed for good.
    await tx.execute(sql`update ${sendAttempts} set state = 'abandoned', resolved_at = now()
      where id = ${a.id} and not exists (select 1 from ${messages} where attempt_id = ${a.id})`);
    await sendJob(tx, "email.send", { messageId: row.id });
    return { ok: true };
  });
}
