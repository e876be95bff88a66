// rsvp.bulk: send an RSVP operation's pending recipients (lib/rsvp/run-rsvp-send). Safe to run twice,
// also at once. A failure is retried by pg-boss with backoff (the run resumes with what is still
// pending); on the last attempt the recipients still pending are marked failed with the reason, so
// the operation completes and the organizer can retry them.
import type { Db } from "@/lib/db/client";
import { deferWhilePaused } from "@/lib/email/defer-while-paused";
import type { JobPayload } from "@/lib/queue/jobs";
import { failPendingItems, isLastRsvpAttempt } from "@/lib/rsvp/rsvp-send-state";
import { runRsvpSend } from "@/lib/rsvp/run-rsvp-send";

export const name = "rsvp.bulk" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  try {
    // Sending paused (quota, configuration): the job comes back when it can be over.
    await deferWhilePaused(name, payload, () => runRsvpSend(db, payload.operationId));
  } catch (err) {
    // drizzle puts the query and its parameters (participants' data) in its message: keep the driver's.
    const cause = (err as { cause?: unknown })?.cause;
    const message = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
    console.error(`[${name}] ${payload.operationId}: ${message}`);
    if (await isLastRsvpAttempt(db, payload.operationId).catch(() => false)) {
      await failPendingItems(db, payload.operationId, `Not sent after several attempts: ${message}`).catch(() => {});
    }
    throw err;
  }
}
