// Sending an announcement: checked (wording, recipients) and recorded in one transaction with its
// job. Sent now, the same transaction releases it (release-announcement.ts: the operation, one item
// per recipient) so progress shows at once; scheduled, the announcement.send job starts at sendAt and
// releases it then, to whoever matches at that time.
//
// The requestId is made when the form is rendered: the same form submitted twice finds the
// announcement it already made. Nobody matching means nothing is recorded or sent, and the organizer
// is told so.
import { count, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { announcements, participants } from "@/lib/db/schema";
import type { TemplateProblem } from "@/lib/email/parse-template";
import type { Actor } from "@/lib/participants/change-participant-status";
import { sendJob } from "@/lib/queue/boss";
import { announcementProblems, hasProblems } from "./announcement-template";
import { recipientsWhere, type AnnouncementFilter } from "./recipient-filter";
import { releaseAnnouncement } from "./release-announcement";

export type AnnouncementRequest = {
  subject: string;
  body: string;
  filter: AnnouncementFilter;
  sendAt: Date | null;
  requestId: string;
};

export type StartAnnouncementResult =
  | { ok: true; announcementId: string; operationId: string | null; recipients: number; scheduled: boolean; duplicate: boolean }
  | { ok: false; reason: "not_found" | "nobody" | "cancelled" }
  | { ok: false; reason: "problems"; problems: { subject: TemplateProblem[]; body: TemplateProblem[] } };

export async function startAnnouncement(db: Db, actor: Actor, eventId: string, req: AnnouncementRequest): Promise<StartAnnouncementResult> {
  const problems = announcementProblems(req);
  if (hasProblems(problems)) return { ok: false, reason: "problems", problems };

  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const requestKey = `announcement:${event.id}:${req.requestId}`;
    const [before] = await tx.select().from(announcements).where(eq(announcements.requestKey, requestKey));
    if (before)
      return {
        ok: true,
        announcementId: before.id,
        operationId: before.operationId,
        recipients: before.recipients ?? 0,
        scheduled: before.state === "scheduled",
        duplicate: true,
      } as const;
    if (event.cancelledAt) return { ok: false, reason: "cancelled" } as const;

    const [matched] = await tx.select({ n: count() }).from(participants).where(recipientsWhere(event.id, req.filter));
    if (matched.n === 0) return { ok: false, reason: "nobody" } as const;

    const scheduled = req.sendAt !== null && req.sendAt > new Date();
    const [row] = await tx
      .insert(announcements)
      .values({
        eventId: event.id,
        requestKey,
        subject: req.subject,
        body: req.body,
        filter: req.filter,
        sendAt: scheduled ? req.sendAt : null,
        createdBy: actor.id,
        createdByName: actor.name,
      })
      .onConflictDoNothing({ target: announcements.requestKey })
      .returning();
    // A concurrent twin of this request committed first: answer with its announcement.
    if (!row) {
      const [twin] = await tx.select().from(announcements).where(eq(announcements.requestKey, requestKey));
      return {
        ok: true,
        announcementId: twin.id,
        operationId: twin.operationId,
        recipients: twin.recipients ?? 0,
        scheduled: twin.state === "scheduled",
        duplicate: true,
      } as const;
    }

    if (scheduled) {
      await sendJob(tx, "announcement.send", { announcementId: row.id }, { startAfter: req.sendAt! });
      return { ok: true, announcementId: row.id, operationId: null, recipients: matched.n, scheduled: true, duplicate: false } as const;
    }
    const released = await releaseAnnouncement(tx, row, { id: actor.id, name: actor.name });
    await sendJob(tx, "announcement.send", { announcementId: row.id });
    return {
      ok: true,
      announcementId: row.id,
      operationId: released.operationId,
      recipients: released.recipients,
      scheduled: false,
      duplicate: false,
    } as const;
  });
}
