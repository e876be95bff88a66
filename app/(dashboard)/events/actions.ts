"use server";
// Create an event: session → the shared schema → saveEvent. On error the typed values go back to
// the form, with their messages in the organizer's language; on success, the new event's overview,
// which confirms it (?saved=created).
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { saveEvent } from "@/lib/events/save-event";
import { localizedEventErrors, localizedSaveErrors } from "@/lib/i18n/event-form-messages";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { eventSchema } from "@/lib/validation/events";
import { formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function createEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizer();
  const raw = formToObject(form);
  const values = keptValues(raw);
  const parsed = eventSchema.safeParse(raw);
  const t = translator(await userLocale(), "events");
  const translate = (key: string, v?: Record<string, string | number>) => t(key as never, v as never);
  if (!parsed.success) return { fieldErrors: localizedEventErrors(parsed.error, translate), values };
  const result = await saveEvent(db(), user, parsed.data);
  if (!result.ok) {
    const { _form, ...rest } = localizedSaveErrors(result.fieldErrors, translate);
    return { error: _form, fieldErrors: rest, values };
  }
  // A visit before the event existed may have cached "not found" under this slug.
  expirePublicEventPages(parsed.data.slug);
  redirect(`/events/${result.eventId}?saved=created`);
}
