// An announcement goes out: its bulk operation is made with one item per participant the filter
// matches now (a single INSERT … SELECT), inside the caller's transaction. Once per announcement:
// the operation's request key is the announcement's, and a released announcement is left as it is.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { announcements, operations, participants, type Announcement } from "@/lib/db/schema";
import { startOperation } from "@/lib/operations/start-operation";
import { announcementFilterSchema, recipientsWhere } from "./recipient-filter";

export type Released = { operationId: string | null; recipients: number };

export async function releaseAnnouncement(
  tx: Tx,
  announcement: Announcement,
  actor: { id: string | null; name: string },
): Promise<Released> {
  // Locked so that two releases of one announcement (a job retried while the first still runs) wait.
  const [current] = await tx.select().from(announcements).where(eq(announcements.id, announcement.id)).for("update");
  if (current?.state !== "scheduled") return { operationId: current?.operationId ?? null, recipients: current?.recipients ?? 0 };

  const filter = announcementFilterSchema.parse(current.filter);
  const op = await startOperation(tx, {
    eventId: current.eventId,
    kind: "announcement_email",
    requestKey: `announcement:${current.id}`,
    actor,
    params: { announcementId: current.id, filter },
  });
  let total = op.duplicate ? op.total : 0;
  if (!op.duplicate) {
    const [counts] = await tx.execute<{ n: number }>(sql`
      with ins as (
        insert into operation_items (operation_id, participant_id)
        select ${op.id}::uuid, ${participants.id} from ${participants} where ${recipientsWhere(current.eventId, filter)}
        returning 1
      )
      select count(*)::int as n from ins`);
    total = counts.n;
    // Nobody left at the send time (a scheduled one): the operation is complete with nothing to do.
    await tx
      .update(operations)
      .set(total === 0 ? { total, state: "completed", startedAt: new Date(), finishedAt: new Date() } : { total })
      .where(eq(operations.id, op.id));
  }
  await tx
    .update(announcements)
    .set({ state: "sending", operationId: op.id, recipients: total, sentAt: new Date() })
    .where(eq(announcements.id, current.id));
  return { operationId: op.id, recipients: total };
}
