"use server";
// Save the event's "anonymise personal data N days after it ends" setting.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, refusalText } from "@/lib/actions/event-action";
import { requireOrganizer } from "@/lib/auth/session";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { db } from "@/lib/db/client";
import { setEventAnonymisation } from "@/lib/events/set-event-anonymisation";
import { anonymiseAfterDaysSchema, type PrivacyFormState } from "@/lib/validation/events";

const typed = (raw: Record<string, string>) => (raw.anonymiseAfterDays ?? "").slice(0, 20);

/** The schema's (English) message → its words in privacy.actions. */
function daysIssue(message: string | undefined): "range" | "whole" | "tooMany" | "enterDays" {
  if (message?.startsWith("Enter a number of days from")) return "range";
  if (message === "Enter a whole number of days.") return "whole";
  if (message?.startsWith("At most 3650")) return "tooMany";
  return "enterDays";
}

export const savePrivacyAction = eventAction({
  schema: z.object({ anonymiseAfterDays: anonymiseAfterDaysSchema }),
  read: (_form, raw) => ({ anonymiseAfterDays: typed(raw) }),
  invalid: async (error, raw): Promise<PrivacyFormState> => ({
    fieldErrors: { anonymiseAfterDays: translator(await userLocale(), "privacy")(`actions.${daysIssue(error.issues[0]?.message)}`) },
    value: typed(raw),
  }),
  noEvent: async (raw): Promise<PrivacyFormState> => ({ error: await refusalText(await requireOrganizer(), "noEvent"), value: typed(raw) }),
  run: async ({ user, event, input, raw }): Promise<PrivacyFormState> => {
    const result = await setEventAnonymisation(db(), user, event.id, input.anonymiseAfterDays);
    if (!result.ok) {
      const error =
        result.reason === "not_found"
          ? await refusalText(user, "noEvent")
          : translator(await userLocale(), "privacy")("actions.alreadyAnonymised");
      return { error, value: typed(raw) };
    }
    revalidatePath(`/events/${event.id}/privacy`);
    return { saved: true, value: typed(raw) };
  },
});
