"use server";
// Public registration: parse with the same schema as the form, then one use-case call. What was
// typed comes back on every error so that nothing is lost.
import { db } from "@/lib/db/client";
import { getEventBySlug } from "@/lib/db/queries/events";
import { registerParticipant } from "@/lib/participants/register-participant";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { registrationSchema, type RegistrationState } from "@/lib/validation/participants";

const REASONS = {
  not_found: "This event no longer exists.",
  closed: "Registration for this event is closed.",
  full: "Sorry, this event is full.",
  duplicate: "This email address is already registered for this event. Check your inbox for our confirmation.",
} as const;

export async function registerAction(slug: string, _prev: RegistrationState, form: FormData): Promise<RegistrationState> {
  const raw = formToObject(form);
  // Never echo huge values back into the page.
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.slice(0, 1000)]));
  const parsed = registrationSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values, message: "Please correct the highlighted fields." };
  const event = typeof slug === "string" ? await getEventBySlug(db(), slug) : null;
  if (!event) return { status: "error", message: REASONS.not_found, values };
  const result = await registerParticipant(db(), event.id, parsed.data);
  if (!result.ok) {
    return {
      status: "error",
      message: REASONS[result.reason],
      values,
      fieldErrors: result.reason === "duplicate" ? { email: "Already registered for this event" } : undefined,
    };
  }
  return { status: "registered", email: parsed.data.email };
}
