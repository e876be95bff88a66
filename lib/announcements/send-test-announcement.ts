// "Send a test to me": the draft as the sample participant would get it, to the organizer's own
// address, through the ordinary email path (a message row and the email.send job in one transaction).
// One test per request id, so a double click sends one.
import type { Db } from "@/lib/db/client";
import type { Event } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import type { TemplateProblem } from "@/lib/email/parse-template";
import { sendJob } from "@/lib/queue/boss";
import { announcementProblems, hasProblems, previewAnnouncement, type AnnouncementDraft } from "./announcement-template";

export type TestSendResult = { ok: true; to: string } | { ok: false; problems: { subject: TemplateProblem[]; body: TemplateProblem[] } };

export async function sendTestAnnouncement(
  db: Db,
  organizer: { email: string },
  event: Event,
  draft: AnnouncementDraft,
  requestId: string,
): Promise<TestSendResult> {
  const problems = announcementProblems(draft);
  if (hasProblems(problems)) return { ok: false, problems };
  const preview = await previewAnnouncement(event, draft);
  if (!preview.ok) throw new Error("a draft without problems did not render");
  await db.transaction(async (tx) => {
    const m = await createMessage(tx, {
      key: `announcement-test:${event.id}:${requestId}`,
      kind: "announcement",
      eventId: event.id,
      participantId: null,
      to: organizer.email,
      subject: `[Test] ${preview.email.subject}`,
      html: preview.email.html,
      text: preview.email.text,
    });
    if (m.created) await sendJob(tx, "email.send", { messageId: m.id });
  });
  return { ok: true, to: organizer.email };
}
