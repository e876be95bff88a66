// Deleting the jobs that name given participants (personal data on request, anonymisation): jobs
// carry participants by id only, but a failed job's error may quote an address. Found in pg-boss's
// job table, deleted through pg-boss, in the caller's transaction. A job a worker holds right now is
// left to finish (it finds the person gone or anonymised).
import { sql } from "drizzle-orm";
import { fromDrizzle } from "pg-boss";
import type { Tx } from "@/lib/db/client";
import { producer } from "@/lib/queue/boss";

/** "all": every job not in a worker's hands; "finished": completed, failed and cancelled ones only. */
export async function deleteParticipantJobs(tx: Tx, participantIds: string[], which: "all" | "finished"): Promise<number> {
  if (participantIds.length === 0) return 0;
  const states = which === "all" ? sql`state <> 'active'` : sql`state in ('completed', 'failed', 'cancelled')`;
  const ids = sql`array[${sql.join(
    participantIds.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
  const rows = await tx.execute<{ id: string; name: string }>(
    sql`select id, name from pgboss.job where data->>'participantId' = any(${ids}) and ${states}`,
  );
  if (rows.length === 0) return 0;
  const byQueue = new Map<string, string[]>();
  for (const r of rows) byQueue.set(r.name, [...(byQueue.get(r.name) ?? []), r.id]);
  const boss = await producer();
  for (const [queue, jobIds] of byQueue) await boss.deleteJob(queue, jobIds, { db: fromDrizzle(tx, sql) });
  return rows.length;
}
