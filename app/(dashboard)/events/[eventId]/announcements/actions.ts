"use server";
// Announcements: send (now or later), send a test to oneself, live preview. Each checks the session
// and the event (eventAction / organizerEvent), parses with zod, then calls one use-case.
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventAction, organizerEvent, perField } from "@/lib/actions/event-action";
import { previewAnnouncement, type AnnouncementPreview } from "@/lib/announcements/announcement-template";
import { ANNOUNCEMENT_WORDS as W } from "@/lib/announcements/announcement-words";
import { sendTestAnnouncement } from "@/lib/announcements/send-test-announcement";
import { startAnnouncement } from "@/lib/announcements/start-announcement";
import { db } from "@/lib/db/client";
import { announcementDraftSchema, announcementFormSchema } from "@/lib/validation/announcements";
import { keptValues, type ActionState } from "@/lib/validation/form-state";

type Problems = { subject: { message: string }[]; body: { message: string }[] };

function problemState(problems: Problems, raw: Record<string, string>): ActionState {
  const fieldErrors: Record<string, string> = {};
  if (problems.subject.length) fieldErrors.subject = problems.subject.map((p) => p.message).join(" ");
  if (problems.body.length) fieldErrors.body = problems.body.map((p) => p.message).join(" ");
  return { error: W.problems, fieldErrors, values: keptValues(raw) };
}

export const sendAnnouncementAction = eventAction({
  schema: z.record(z.string(), z.string()),
  run: async ({ user, event, raw }): Promise<ActionState> => {
    const parsed = announcementFormSchema(event.timeZone).safeParse(raw);
    if (!parsed.success) return perField(parsed.error, raw, W.correct);
    const result = await startAnnouncement(db(), user, event.id, parsed.data);
    if (!result.ok) {
      if (result.reason === "problems") return problemState(result.problems, raw);
      if (result.reason === "nobody") return { error: W.nobody, values: keptValues(raw) };
      if (result.reason === "cancelled") return { error: W.eventCancelled, values: keptValues(raw) };
      return { error: W.noEvent };
    }
    revalidatePath(`/events/${event.id}/announcements`);
    redirect(`/events/${event.id}/announcements/${result.announcementId}`);
  },
});

export const sendTestAnnouncementAction = eventAction({
  schema: z.record(z.string(), z.string()),
  run: async ({ user, event, raw }): Promise<ActionState> => {
    const parsed = announcementDraftSchema.safeParse(raw);
    if (!parsed.success) return perField(parsed.error, raw, W.correct);
    const requestId = z.uuid().safeParse(raw.testRequestId).data ?? randomUUID();
    const result = await sendTestAnnouncement(db(), user, event, parsed.data, requestId);
    if (!result.ok) return problemState(result.problems, raw);
    return { ok: true, message: W.testSent(result.to), values: keptValues(raw) };
  },
});

export async function previewAnnouncementAction(eventId: string, input: { subject: string; body: string }): Promise<AnnouncementPreview> {
  const access = await organizerEvent(eventId);
  if (!access) return { ok: false, error: W.noEvent };
  const parsed = announcementDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  return previewAnnouncement(access.event, parsed.data);
}
