"use server";
// Save the event's "anonymise personal data N days after it ends" setting.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { setEventAnonymisation } from "@/lib/events/set-event-anonymisation";

export type PrivacyFormState = { error?: string; fieldError?: string; saved?: boolean; value?: string };

// Empty: keep the data. Otherwise whole days, 0 (the day after it ends) to 10 years.
const afterDays = z
  .string()
  .trim()
  .max(5, "Enter a number of days from 0 to 3650, or leave it empty.")
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(z.number({ error: "Enter a whole number of days." }).int("Enter a whole number of days.").min(0).max(3650, "At most 3650 days (10 years).").nullable());

export async function savePrivacyAction(eventId: string, _prev: PrivacyFormState, form: FormData): Promise<PrivacyFormState> {
  const user = await requireOrganizer();
  const raw = String(form.get("anonymiseAfterDays") ?? "").slice(0, 20);
  const parsed = afterDays.safeParse(raw);
  if (!parsed.success) return { fieldError: parsed.error.issues[0]?.message ?? "Enter a number of days.", value: raw };
  const result = await setEventAnonymisation(db(), user, String(eventId), parsed.data);
  if (!result.ok) {
    return {
      error: result.reason === "not_found" ? "This event does not exist or you cannot manage it." : "This event’s data has already been anonymised.",
      value: raw,
    };
  }
  revalidatePath(`/events/${eventId}/privacy`);
  return { saved: true, value: raw };
}
