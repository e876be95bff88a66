// Fans a generation (or an email send) out as certificates.render (.email) jobs of 20 participants each, so that several worker
// processes share it. Written with the caller's transaction: the jobs exist iff it commits.
import type { Tx } from "@/lib/db/client";
import { sendJobs } from "@/lib/queue/boss";

export const RENDER_CHUNK = 20;

export async function enqueueRenderJobs(
  tx: Tx,
  operationId: string,
  participantIds: string[],
  queue: "certificates.render" | "certificates.email" = "certificates.render",
): Promise<number> {
  const batch = [];
  for (let i = 0; i < participantIds.length; i += RENDER_CHUNK) {
    batch.push({ operationId, participantIds: participantIds.slice(i, i + RENDER_CHUNK) });
  }
  await sendJobs(tx, queue, batch);
  return batch.length;
}
