// Fans a generation (or an email send) out as certificates.render (.email) jobs of 20 participants each, so that several worker
// processes share it. Written with the caller's transaction: the jobs exist iff it commits.
import { sql } from "drizzle-orm";
import { fromDrizzle } from "pg-boss";
import type { Tx } from "@/lib/db/client";
import { producer } from "@/lib/queue/boss";
import { jobs } from "@/lib/queue/jobs";

export const RENDER_CHUNK = 20;

export async function enqueueRenderJobs(tx: Tx, operationId: string, participantIds: string[], queue: "certificates.render" | "certificates.email" = "certificates.render"): Promise<number> {
  const batch = [];
  for (let i = 0; i < participantIds.length; i += RENDER_CHUNK) {
    batch.push({ data: jobs[queue].parse({ operationId, participantIds: participantIds.slice(i, i + RENDER_CHUNK) }) });
  }
  if (batch.length === 0) return 0;
  const boss = await producer();
  await boss.insert(queue, batch, { db: fromDrizzle(tx, sql) });
  return batch.length;
}
