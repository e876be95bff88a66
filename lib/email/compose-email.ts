// The one way an email about a participant gets its words: the event's own template for that kind
// if the organizer wrote one, the default otherwise, filled with the participant's values.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventEmailTemplates, type Event, type MessageKind, type Participant } from "@/lib/db/schema";
import { participantVariables } from "./participant-variables";
import { renderTemplate } from "./render-template";
import { defaultTemplates } from "./templates/defaults";

export type ComposedEmail = { subject: string; html: string; text: string };

export async function composeEmail(
  db: DbOrTx,
  event: Event,
  participant: Participant,
  kind: MessageKind,
  extra: Record<string, string> = {},
): Promise<ComposedEmail> {
  const [custom] = await db
    .select({ subject: eventEmailTemplates.subject, body: eventEmailTemplates.body })
    .from(eventEmailTemplates)
    .where(and(eq(eventEmailTemplates.eventId, event.id), eq(eventEmailTemplates.kind, kind)));
  const template = custom ?? defaultTemplates[kind];
  if (!template) throw new Error(`no template for ${kind}`);
  return renderTemplate(template, { ...participantVariables(event, participant), ...extra });
}
