// Cancel a job that has not finished (the owner's "Cancel" on the Jobs page): it will not run again.
// A job a worker is running right now is marked cancelled; that worker's result is then discarded.
import { producer } from "@/lib/queue/boss";
import { jobState } from "./job-state";
import type { JobCommandResult } from "./retry-job";

export async function cancelJob(queue: string, id: string): Promise<JobCommandResult> {
  const before = await jobState(queue, id);
  if (!before) return { ok: false, reason: "not_found" };
  if (!["created", "retry", "active"].includes(before)) return { ok: false, reason: "wrong_state" };
  const boss = await producer();
  await boss.cancel(queue, id);
  return (await jobState(queue, id)) === "cancelled" ? { ok: true } : { ok: false, reason: "wrong_state" };
}
