"use server";
// Save the event's "anonymise personal data N days after it ends" setting.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, NO_EVENT } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { setEventAnonymisation } from "@/lib/events/set-event-anonymisation";
import { anonymiseAfterDaysSchema, type PrivacyFormState } from "@/lib/validation/events";

const typed = (raw: Record<string, string>) => (raw.anonymiseAfterDays ?? "").slice(0, 20);

export const savePrivacyAction = eventAction({
  schema: z.object({ anonymiseAfterDays: anonymiseAfterDaysSchema }),
  read: (_form, raw) => ({ anonymiseAfterDays: typed(raw) }),
  invalid: (error, raw): PrivacyFormState => ({
    fieldErrors: { anonymiseAfterDays: error.issues[0]?.message ?? "Enter a number of days." },
    value: typed(raw),
  }),
  noEvent: (raw): PrivacyFormState => ({ error: NO_EVENT, value: typed(raw) }),
  run: async ({ user, event, input, raw }): Promise<PrivacyFormState> => {
    const result = await setEventAnonymisation(db(), user, event.id, input.anonymiseAfterDays);
    if (!result.ok) {
      return { error: result.reason === "not_found" ? NO_EVENT : "This event’s data has already been anonymised.", value: typed(raw) };
    }
    revalidatePath(`/events/${event.id}/privacy`);
    return { saved: true, value: typed(raw) };
  },
});
