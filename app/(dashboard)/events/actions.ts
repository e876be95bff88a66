"use server";
// Create an event: session → the shared schema → saveEvent. On error the typed values go back to
// the form; on success, the new event's overview, which confirms it (?saved=created).
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { saveEvent } from "@/lib/events/save-event";
import { eventSchema } from "@/lib/validation/events";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function createEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizer();
  const raw = formToObject(form);
  const values = keptValues(raw);
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const result = await saveEvent(db(), user, parsed.data);
  if (!result.ok) {
    const { _form, ...rest } = result.fieldErrors;
    return { error: _form, fieldErrors: rest, values };
  }
  // A visit before the event existed may have cached "not found" under this slug.
  expirePublicEventPages(parsed.data.slug);
  redirect(`/events/${result.eventId}?saved=created`);
}
