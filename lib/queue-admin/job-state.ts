// The state of one job, or null when the queue or the job does not exist (pg-boss's findJobs).
import { producer } from "@/lib/queue/boss";

export async function jobState(queue: string, id: string): Promise<string | null> {
  const boss = await producer();
  if (!(await boss.getQueue(queue))) return null;
  const [job] = await boss.findJobs(queue, { id, limit: 1 });
  return job?.state ?? null;
}
