// Retry a failed job now (the owner's "Retry" on the Jobs page): pg-boss moves it back to the retry
// state with one more attempt allowed, and the next worker fetch picks it up.
import { producer } from "@/lib/queue/boss";
import { jobState } from "./job-state";

export type JobCommandResult = { ok: true } | { ok: false; reason: "not_found" | "wrong_state" };

export async function retryJob(queue: string, id: string): Promise<JobCommandResult> {
  const before = await jobState(queue, id);
  if (!before) return { ok: false, reason: "not_found" };
  if (before !== "failed") return { ok: false, reason: "wrong_state" };
  const boss = await producer();
  await boss.retry(queue, id);
  return (await jobState(queue, id)) === "retry" ? { ok: true } : { ok: false, reason: "wrong_state" };
}
