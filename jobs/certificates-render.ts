// certificates.render: issue the certificates of up to 20 participants of a generation
// (lib/certificates/issue-certificates). Safe to run twice, also at once. A failure is retried by
// pg-boss; on the last attempt the chunk's participants still pending are marked failed with the
// reason, so the operation completes and the organizer can retry them.
import type { Db } from "@/lib/db/client";
import { failChunk, isLastAttempt, issueCertificates } from "@/lib/certificates/issue-certificates";
import type { JobPayload } from "@/lib/queue/jobs";

export const name = "certificates.render" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  try {
    await issueCertificates(db, payload.operationId, payload.participantIds);
  } catch (err) {
    const cause = (err as { cause?: unknown })?.cause;
    const message = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
    console.error(`[${name}] ${payload.operationId}: ${message}`);
    if (await isLastAttempt(db, name, payload.operationId, payload.participantIds).catch(() => false)) {
      await failChunk(db, payload.operationId, payload.participantIds, `Not generated after several attempts: ${message}`).catch(() => {});
    }
    throw err;
  }
}
