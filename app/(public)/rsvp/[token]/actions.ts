"use server";
// A participant's answer from their RSVP link (public: the signed token is the only credential).
// Parsed with zod, recorded by one use-case that checks the token again; on success the page is
// shown afresh with what was recorded.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { budgetRefusal } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { answerRsvp } from "@/lib/rsvp/answer-rsvp";
import { formToObject } from "@/lib/validation/fields";
import { rsvpAnswerSchema, type RsvpFormState } from "@/lib/validation/rsvp";

const REASONS = {
  invalid: "This RSVP link is not valid. Use the link in the most recent email from the organizer.",
  started: "The event has started: answers can no longer be changed.",
  inactive: "Your registration is no longer active, so there is nothing to answer.",
  full: "Sorry, the event is now full: your seat was offered to someone else after you said you could not attend. Your answer stays “I can't attend”.",
} as const;

export async function answerRsvpAction(_prev: RsvpFormState, form: FormData): Promise<RsvpFormState> {
  if (!(form instanceof FormData)) return { error: REASONS.invalid };
  const token = form.get("token");
  const refused = await budgetRefusal([
    { rule: rules.rsvpAddress, key: clientAddress(await headers()) },
    { rule: rules.rsvpToken, key: typeof token === "string" ? token.slice(0, 200) : "-" },
  ]);
  if (refused) return { error: refused.message };
  const parsed = rsvpAnswerSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? REASONS.invalid };
  const result = await answerRsvp(db(), parsed.data.token, parsed.data.answer);
  if (!result.ok) return { error: REASONS[result.reason] };
  redirect(`/rsvp/${parsed.data.token}?saved=1`);
}
