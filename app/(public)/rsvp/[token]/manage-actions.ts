"use server";
// The manage page's actions besides the RSVP answer: cancel the registration (after a confirmation
// step) and claim a seat offered from the waitlist. Public: the signed token is the only credential,
// budgeted like the RSVP answer (per address and per link).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { cancelOwnRegistration } from "@/lib/participants/cancel-own-registration";
import { budgetRefusal } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { formToObject } from "@/lib/validation/fields";
import { cancelRegistrationSchema, claimOfferSchema, type ManageFormState } from "@/lib/validation/manage-registration";
import { claimWaitlistOffer } from "@/lib/waitlist/claim-waitlist-offer";

// The form says which language its page is in; anything else is English.
function messagesFor(form: unknown) {
  const locale = resolveLocale(form instanceof FormData ? form.get("language") : null);
  const t = translator(locale, "public");
  return {
    locale,
    invalid: t("manage.errors.invalid"),
    inactive: t("manage.errors.inactive"),
    started: t("manage.errors.started"),
    confirm: t("manage.errors.confirm"),
    seatGone: (position: number | null) => (position ? t("manage.errors.seatGoneAt", { position }) : t("manage.errors.seatGone")),
  };
}

async function refused(form: FormData, locale: Locale): Promise<string | null> {
  const token = form.get("token");
  const r = await budgetRefusal(
    [
      { rule: rules.rsvpAddress, key: clientAddress(await headers()) },
      { rule: rules.rsvpToken, key: typeof token === "string" ? token.slice(0, 200) : "-" },
    ],
    locale,
  );
  return r?.message ?? null;
}

export async function cancelRegistrationAction(_prev: ManageFormState, form: FormData): Promise<ManageFormState> {
  const MESSAGES = messagesFor(form);
  if (!(form instanceof FormData)) return { error: MESSAGES.invalid };
  const budget = await refused(form, MESSAGES.locale);
  if (budget) return { error: budget };
  const parsed = cancelRegistrationSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues.some((i) => i.path[0] === "confirm") ? MESSAGES.confirm : MESSAGES.invalid };
  const result = await cancelOwnRegistration(db(), parsed.data.token);
  if (!result.ok) return { error: MESSAGES[result.reason] };
  redirect(`/rsvp/${parsed.data.token}?cancelled=1`);
}

export async function claimOfferAction(_prev: ManageFormState, form: FormData): Promise<ManageFormState> {
  const MESSAGES = messagesFor(form);
  if (!(form instanceof FormData)) return { error: MESSAGES.invalid };
  const budget = await refused(form, MESSAGES.locale);
  if (budget) return { error: budget };
  const parsed = claimOfferSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: MESSAGES.invalid };
  const result = await claimWaitlistOffer(db(), parsed.data.token);
  if (!result.ok) return { error: result.reason === "seat_gone" ? MESSAGES.seatGone(result.position) : MESSAGES[result.reason] };
  redirect(`/rsvp/${parsed.data.token}?claimed=1`);
}
