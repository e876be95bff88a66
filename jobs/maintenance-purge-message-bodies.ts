// Deletes the stored bodies (HTML, text) and attachments of emails older than MESSAGE_RETENTION_DAYS.
// The message row stays, with its key (so it is never sent again), status, recipient and dates.
// A message still queued keeps its body: it has not been sent yet. Batches of 500 in short
// transactions, so a large backlog never holds locks for long.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { defineMaintenanceTask } from "./maintenance-task";

const BATCH = 500;

export async function purgeMessageBodiesOlderThan(
  db: Db,
  days: number,
  now = new Date(),
): Promise<{ messages: number; attachments: number }> {
  const cutoff = new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
  let messages = 0;
  let attachments = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const ids = [
        ...(await tx.execute<{ id: string }>(sql`
          select m.id from messages m
          where m.created_at < ${cutoff}::timestamptz and m.status <> 'queued'
            and (m.html is not null or m.text is not null or exists (select 1 from message_attachments a where a.message_id = m.id))
          limit ${BATCH} for update skip locked`)),
      ].map((r) => r.id);
      if (ids.length === 0) return { messages: 0, attachments: 0 };
      const list = sql`array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`;
      const removed = await tx.execute(sql`delete from message_attachments where message_id = any(${list})`);
      await tx.execute(sql`update messages set html = null, text = null where id = any(${list})`);
      return { messages: ids.length, attachments: (removed as unknown as { count: number }).count };
    });
    messages += batch.messages;
    attachments += batch.attachments;
    if (batch.messages < BATCH) break;
  }
  // The frozen copies of resolved send attempts go too (a pending one is still needed to re-send).
  await db.execute(sql`update send_attempts set request = null
    where created_at < ${cutoff}::timestamptz and state <> 'pending' and request is not null`);
  return { messages, attachments };
}

export default defineMaintenanceTask({
  name: "maintenance.purge-message-bodies",
  handle: async ({ db, config }) => {
    const result = await purgeMessageBodiesOlderThan(db, config.MESSAGE_RETENTION_DAYS);
    logger("maintenance").info({ ...result, retentionDays: config.MESSAGE_RETENTION_DAYS }, "purged stored email bodies and attachments");
    return result;
  },
});
