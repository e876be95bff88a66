// Sending pauses for everyone when the provider refuses the sender rather than a message: a daily or
// monthly quota (until it can have reset) or a configuration error (invalid or restricted API key,
// unverified domain: a circuit breaker). Messages stay queued, nothing is marked failed, and no job
// dead-letters: deliveries throw SendingPausedError and the job handlers defer themselves to
// resumesAt. When resumesAt passes, the next delivery is the probe (the others wait one more probe
// interval); its success lifts every pause.
import { asc, lte, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/lib/db/client";
import { emailSendingPauses, type EmailSendingPause } from "@/lib/db/schema";
import { env } from "@/lib/env";

export type PauseReason = EmailSendingPause["reason"];

export class SendingPausedError extends Error {
  constructor(
    readonly reason: PauseReason,
    readonly resumesAt: Date,
    readonly detail: string,
  ) {
    super(`${describePause({ reason, resumesAt, message: detail })}`);
    this.name = "SendingPausedError";
  }
}

/** "Sending paused: daily quota reached; resumes at …" (with Resend's reason for a configuration error). */
export function describePause(p: { reason: PauseReason; resumesAt: Date; message: string }): string {
  const at = `${p.resumesAt.toISOString().replace("T", " ").slice(0, 16)} UTC`;
  if (p.reason === "daily_quota") return `Sending paused: daily quota reached; resumes at ${at}`;
  if (p.reason === "monthly_quota") return `Sending paused: monthly quota reached; resumes at ${at}`;
  return `Sending paused: the email provider refuses our configuration (${p.message}); next try at ${at}`;
}

/**
 * Inside a claiming transaction: throws SendingPausedError while a pause holds. A pause that is
 * due lets exactly one caller through as the probe (it moves the pause one interval on).
 */
export async function takeSendingSlot(tx: Tx): Promise<void> {
  const pauses = await tx.select().from(emailSendingPauses).orderBy(asc(emailSendingPauses.resumesAt));
  if (pauses.length === 0) return;
  const now = Date.now();
  const holding = pauses.filter((p) => p.resumesAt.getTime() > now);
  if (holding.length) {
    const last = holding[holding.length - 1];
    throw new SendingPausedError(last.reason, last.resumesAt, last.message);
  }
  const probe = await tx
    .update(emailSendingPauses)
    .set({ resumesAt: sql`now() + make_interval(secs => ${env().EMAIL_PROBE_INTERVAL_SECONDS})` })
    .where(lte(emailSendingPauses.resumesAt, sql`now()`))
    .returning();
  // Another caller took the probe first.
  if (probe.length < pauses.length) {
    const [p] = probe.length ? probe : pauses;
    throw new SendingPausedError(p.reason, new Date(now + env().EMAIL_PROBE_INTERVAL_SECONDS * 1000), p.message);
  }
}

/** Pause sending for everyone until `resumesAt` (a later pause for the same reason wins). */
export async function recordPause(db: DbOrTx, reason: PauseReason, message: string, resumesAt: Date): Promise<void> {
  await db
    .insert(emailSendingPauses)
    .values({ reason, message: message.slice(0, 1000), resumesAt })
    .onConflictDoUpdate({ target: emailSendingPauses.reason, set: { message: message.slice(0, 1000), resumesAt } });
}

export async function getSendingPauses(db: DbOrTx): Promise<EmailSendingPause[]> {
  return db.select().from(emailSendingPauses).orderBy(asc(emailSendingPauses.resumesAt));
}
