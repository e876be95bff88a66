// certificates.email: email up to 20 participants their stored certificate
// (lib/certificates/send-certificate-emails). Safe to run twice, also at once. A failure is retried
// by pg-boss with backoff; on the last attempt the chunk's participants still pending are marked
// failed with the reason, so the operation completes.
import type { Db } from "@/lib/db/client";
import { failChunk, isLastAttempt } from "@/lib/certificates/issue-certificates";
import { sendCertificateEmails } from "@/lib/certificates/send-certificate-emails";
import { deferWhilePaused } from "@/lib/email/defer-while-paused";
import type { JobPayload } from "@/lib/queue/jobs";

export const name = "certificates.email" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  try {
    // Sending paused (quota, configuration): the job comes back when it can be over.
    await deferWhilePaused(name, payload, () => sendCertificateEmails(db, payload.operationId, payload.participantIds));
  } catch (err) {
    const cause = (err as { cause?: unknown })?.cause;
    const message = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
    console.error(`[${name}] ${payload.operationId}: ${message}`);
    if (await isLastAttempt(db, name, payload.operationId, payload.participantIds).catch(() => false)) {
      await failChunk(db, payload.operationId, payload.participantIds, `Not sent after several attempts: ${message}`).catch(() => {});
    }
    throw err;
  }
}
