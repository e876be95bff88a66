"use server";
// Public registration: parse with the same schema as the form, then one use-case call. What was
// typed comes back on every error so that nothing is lost.
//
// Post → redirect → get: a form posted without JavaScript is answered with a 303 to a small
// confirmation page, so a refresh there does not post again and the answer is not a full render of
// the event page. With JavaScript (the form marks its post with js=1) the answer stays an action
// state: the confirmation appears in place at once.
import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { checkRegistrationChallenge } from "@/lib/altcha/registration-challenge";
import { db } from "@/lib/db/client";
import { loadPublicEvent } from "@/lib/events/public-event-page";
import { checkRegistrationAnswers } from "@/lib/questions/check-registration-answers";
import { budgetRefusal } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { resendOwnConfirmation } from "@/lib/tickets/resend-own-confirmation";
import { registerParticipant } from "@/lib/participants/register-participant";
import { localizedFieldErrors } from "@/lib/i18n/field-messages";
import { isLocale, resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formToObject } from "@/lib/validation/fields";
import { registrationSchema, type RegistrationState } from "@/lib/validation/participants";

export async function registerAction(slug: string, _prev: RegistrationState, form: FormData): Promise<RegistrationState> {
  // Answers in the language of the page the form was on (a hidden field; anything else: English).
  const raw = formToObject(form);
  const locale = resolveLocale(raw.language);
  // One budget check, first (per client address, and per event): a script cannot take the seats.
  const refused = await budgetRefusal(
    [
      { rule: rules.registrationAddress, key: clientAddress(await headers()) },
      { rule: rules.registrationEvent, key: String(slug) },
    ],
    locale,
  );
  const t = translator(locale, "public");
  const REASONS = { not_found: t("reasons.not_found"), closed: t("reasons.closed"), full: t("reasons.full") };
  if (refused) return { status: "error", message: refused.message };
  if (!(form instanceof FormData)) return { status: "error", message: t("form.correctFields") };
  // Never echo huge values back into the page (nor the spent proof of work).
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => k !== "altcha")
      .map(([k, v]) => [k, v.slice(0, 1000)]),
  );
  if (typeof slug !== "string" || slug.length > 80) return { status: "error", message: REASONS.not_found, values };
  const parsed = registrationSchema.safeParse(raw);
  // The event's questions, from the same cache as the page (expired whenever they are saved).
  const event = await loadPublicEvent(slug);
  if (!event) return { status: "error", message: REASONS.not_found, values };
  const checked = checkRegistrationAnswers(event.questions, form, (key, v) => t(key as never, v as never));
  const answerValues = keptAnswers(checked.raw);
  // Every answer from here on carries the questions as they are now (see RegistrationState.questions).
  const questions = event.questions;
  if (!parsed.success || !checked.ok) {
    return {
      status: "error",
      fieldErrors: {
        ...(parsed.success ? {} : localizedFieldErrors(parsed.error, (key, v) => t(key as never, v as never))),
        ...(checked.ok ? {} : checked.fieldErrors),
      },
      values,
      answerValues,
      questions,
      message: !checked.ok && checked.newQuestions ? t("answerErrors.newQuestions") : t("form.correctFields"),
    };
  }
  // The proof of work, when the event asks for it (off / automatic under a rush / always).
  const challenge = await checkRegistrationChallenge(db(), slug, form.get("altcha"));
  if (!challenge.ok) return { status: "error", message: t(`challenge.${challenge.reason}`), values, answerValues, questions };
  // A language the visitor chose on the page is theirs from now on (emails, ticket, certificate).
  const chosen = raw.languageChosen === "1" && isLocale(raw.language) ? raw.language : undefined;
  const result = await registerParticipant(db(), { slug }, { ...parsed.data, answers: checked.answers, language: chosen });
  if (!result.ok && result.reason !== "duplicate")
    return { status: "error", message: REASONS[result.reason], values, answerValues, questions };
  if (!result.ok) {
    // Answer as if this were someone new (on a full event: "full", otherwise "registered"), so the
    // form never tells who is registered; the real registrant gets their confirmation again.
    await resendOwnConfirmation(db(), result.eventId, parsed.data.email);
    if (result.full && !result.waitlist) return { status: "error", message: REASONS.full, values, answerValues, questions };
  }
  // A full event with a waitlist: they joined it (or, already registered, are answered as if they had).
  const waitlisted = result.ok ? result.waitlisted === true : result.waitlist === true;
  if (raw.js === "1") return { status: "registered", email: parsed.data.email, waitlisted };
  redirect(`/e/${encodeURIComponent(slug)}/registered${waitlisted ? "/waitlist" : ""}`, RedirectType.push);
}

/** What was typed for the questions, cut to a sane length, for the form to show again. */
function keptAnswers(raw: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x.slice(0, 100)) : v.slice(0, 2000)]));
}
