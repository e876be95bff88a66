// The email.send jobs of one message, through pg-boss in the caller's transaction: whether one will
// still run (waiting, retrying, in a worker's hands), and cancelling its dead-lettered copies once
// the organizer has dealt with it (so the deliveries page stops listing them).
import { sql } from "drizzle-orm";
import { fromDrizzle } from "pg-boss";
import type { Tx } from "@/lib/db/client";
import { producer } from "@/lib/queue/boss";
import { DEAD_LETTER_QUEUE } from "@/lib/queue/jobs";

const LIVE_STATES = new Set(["created", "retry", "active"]);

export async function hasLiveEmailJob(tx: Tx, messageId: string): Promise<boolean> {
  const boss = await producer();
  const jobs = await boss.findJobs("email.send", { data: { messageId }, db: fromDrizzle(tx, sql) });
  return jobs.some((j) => LIVE_STATES.has(j.state));
}

export async function cancelDeadLetteredEmailJobs(tx: Tx, messageId: string): Promise<number> {
  const boss = await producer();
  const conn = { db: fromDrizzle(tx, sql) };
  const dead = await boss.findJobs(DEAD_LETTER_QUEUE, { data: { messageId }, queued: true, ...conn });
  if (dead.length)
    await boss.cancel(
      DEAD_LETTER_QUEUE,
      dead.map((j) => j.id),
      conn,
    );
  return dead.length;
}
