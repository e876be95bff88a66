"use server";
// Edit an event: session → the event must be one this organizer may see → schema → saveEvent
// (which scopes its update by access again).
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { saveEvent } from "@/lib/events/save-event";
import { eventSchema } from "@/lib/validation/events";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function updateEventAction(eventId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizer();
  const raw = formToObject(form);
  const values = keptValues(raw);
  const before = typeof eventId === "string" ? await getEventForUser(db(), user, eventId) : null;
  if (!before) {
    return { error: "This event does not exist or you cannot edit it.", values };
  }
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const result = await saveEvent(db(), user, parsed.data, eventId);
  if (!result.ok) {
    const { _form, ...rest } = result.fieldErrors;
    return { error: _form, fieldErrors: rest, values };
  }
  // The cached public page, under its old slug and its new one, in every web process.
  expirePublicEventPages(before.slug, parsed.data.slug);
  redirect(`/events/${eventId}`);
}
