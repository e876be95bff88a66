"use server";
// Edit an event: eventAction checks the session and that the event is one this organizer may see,
// then the shared schema; saveEvent scopes its update by access again.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, eventFormAction } from "@/lib/actions/event-action";
import { cancelEvent } from "@/lib/events/cancel-event";
import { db } from "@/lib/db/client";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { saveEvent } from "@/lib/events/save-event";
import { localizedEventErrors, localizedSaveErrors } from "@/lib/i18n/event-form-messages";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { eventSchema } from "@/lib/validation/events";
import { keptValues, type FormState } from "@/lib/validation/form-state";

/** The event form's messages in the organizer's dashboard language. */
async function eventMessages() {
  const t = translator(await userLocale(), "events");
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
}

export const updateEventAction = eventAction({
  schema: eventSchema,
  noEvent: async (raw): Promise<FormState> => ({ error: (await eventMessages())("errors.notFound"), values: keptValues(raw) }),
  invalid: async (error, raw): Promise<FormState> => ({
    fieldErrors: localizedEventErrors(error, await eventMessages()),
    values: keptValues(raw),
  }),
  run: async ({ user, event, input, raw }): Promise<FormState> => {
    const result = await saveEvent(db(), user, input, event.id, {
      notifyParticipants: raw.notifyParticipants === "on",
      actorName: user.name,
    });
    if (!result.ok) {
      const { _form, ...rest } = localizedSaveErrors(result.fieldErrors, await eventMessages());
      return { error: _form, fieldErrors: rest, values: keptValues(raw) };
    }
    // The cached public page, under its old slug and its new one, in every web process.
    expirePublicEventPages(event.slug, input.slug);
    // The overview confirms the save (?saved=updated).
    redirect(`/events/${event.id}?saved=updated`);
  },
});

export const cancelEventAction = eventFormAction({
  schema: z.object({ confirm: z.literal("cancel") }),
  run: async ({ user, event }) => {
    const result = await cancelEvent(db(), user, event.id);
    if (!result.ok) return;
    expirePublicEventPages(event.slug, event.slug);
    revalidatePath(`/events/${event.id}`);
  },
});
