"use server";
// The manage page's actions besides the RSVP answer: cancel the registration (after a confirmation
// step) and claim a seat offered from the waitlist. Public: the signed token is the only credential,
// budgeted like the RSVP answer (per address and per link).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { cancelOwnRegistration } from "@/lib/participants/cancel-own-registration";
import { budgetRefusal } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { formToObject } from "@/lib/validation/fields";
import { cancelRegistrationSchema, claimOfferSchema, type ManageFormState } from "@/lib/validation/manage-registration";
import { claimWaitlistOffer } from "@/lib/waitlist/claim-waitlist-offer";

const MESSAGES = {
  invalid: "This link is not valid. Use the link in the most recent email from the organizer.",
  inactive: "Your registration is no longer active, so there is nothing to change.",
  started: "The event has started: the registration can no longer be cancelled here.",
  seatGone: (position: number | null) =>
    `Sorry, that seat has gone to someone else. You keep your place on the waitlist${position ? ` (number ${position})` : ""}, and we will email you when another seat frees up.`,
} as const;

async function refused(form: FormData): Promise<string | null> {
  const token = form.get("token");
  const r = await budgetRefusal([
    { rule: rules.rsvpAddress, key: clientAddress(await headers()) },
    { rule: rules.rsvpToken, key: typeof token === "string" ? token.slice(0, 200) : "-" },
  ]);
  return r ? r.message : null;
}

export async function cancelRegistrationAction(_prev: ManageFormState, form: FormData): Promise<ManageFormState> {
  if (!(form instanceof FormData)) return { error: MESSAGES.invalid };
  const budget = await refused(form);
  if (budget) return { error: budget };
  const parsed = cancelRegistrationSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? MESSAGES.invalid };
  const result = await cancelOwnRegistration(db(), parsed.data.token);
  if (!result.ok) return { error: MESSAGES[result.reason] };
  redirect(`/rsvp/${parsed.data.token}?cancelled=1`);
}

export async function claimOfferAction(_prev: ManageFormState, form: FormData): Promise<ManageFormState> {
  if (!(form instanceof FormData)) return { error: MESSAGES.invalid };
  const budget = await refused(form);
  if (budget) return { error: budget };
  const parsed = claimOfferSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? MESSAGES.invalid };
  const result = await claimWaitlistOffer(db(), parsed.data.token);
  if (!result.ok) return { error: result.reason === "seat_gone" ? MESSAGES.seatGone(result.position) : MESSAGES[result.reason] };
  redirect(`/rsvp/${parsed.data.token}?claimed=1`);
}
