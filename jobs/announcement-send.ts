// announcement.send: release a scheduled announcement when its time comes, then deliver its
// recipients (lib/announcements/run-announcement-send). Safe to run twice, also at once. A failure is
// retried with backoff (the run resumes with what is still pending); when the last attempt fails the
// recipients still pending are marked failed with the reason, so the operation completes.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { runAnnouncementSend } from "@/lib/announcements/run-announcement-send";
import { announcements } from "@/lib/db/schema";
import { deferWhilePaused } from "@/lib/email/defer-while-paused";
import { failPendingItems } from "@/lib/operations/fail-pending-items";
import { defineJob } from "@/lib/queue/define-job";
import { bulkSendRetries } from "@/lib/queue/jobs";
import { itemReason } from "@/lib/operations/item-reason";

export default defineJob({
  name: "announcement.send",
  payload: z.object({ announcementId: z.uuid() }),
  queue: bulkSendRetries,
  worker: { batchSize: 1, concurrency: 1 },
  handle: async ({ db }, payload) => {
    await deferWhilePaused("announcement.send", payload, () => runAnnouncementSend(db, payload.announcementId));
  },
  onGiveUp: async ({ db }, payload, error) => {
    const [a] = await db.select().from(announcements).where(eq(announcements.id, payload.announcementId));
    if (a?.operationId) await failPendingItems(db, a.operationId, itemReason({ code: "gaveUp", step: "send", detail: error }));
  },
});
