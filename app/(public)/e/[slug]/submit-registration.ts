// The public registration's steps, shared by the form's server action (./actions.ts: posts made with
// JavaScript, and every post whose answer is the form again) and the route that takes the form's
// posts without JavaScript (./register/route.ts). What was typed comes back on every error so that
// nothing is lost.
import { checkRegistrationChallenge } from "@/lib/altcha/registration-challenge";
import { db } from "@/lib/db/client";
import { loadPublicEvent, type PublicEvent } from "@/lib/events/public-event-page";
import { localizedFieldErrors } from "@/lib/i18n/field-messages";
import { isLocale, type Locale, resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { registerParticipant } from "@/lib/participants/register-participant";
import { checkRegistrationAnswers } from "@/lib/questions/check-registration-answers";
import type { Answers } from "@/lib/questions/definitions";
import { checkBudget } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { resendOwnConfirmation } from "@/lib/tickets/resend-own-confirmation";
import { formToObject } from "@/lib/validation/fields";
import { type ParticipantInput, registrationSchema, type RegistrationState } from "@/lib/validation/participants";

/** The language of the page the form was on (a hidden field; anything else: English). */
export function formLocale(form: FormData): Locale {
  return resolveLocale(formToObject(form).language);
}

function words(locale: Locale) {
  const t = translator(locale, "public");
  return { t, reasons: { not_found: t("reasons.not_found"), closed: t("reasons.closed"), full: t("reasons.full") } };
}

/**
 * One budget check, first (per client address, and per event): a script cannot take the seats.
 * `postsThisMinute`: the event's count, which the proof of work's "under a rush" reads.
 */
export async function registrationBudget(
  slug: string,
  requestHeaders: Headers,
  locale: Locale,
): Promise<{ refused: RegistrationState | null; postsThisMinute: number }> {
  const { refusal, counts } = await checkBudget(
    [
      { rule: rules.registrationAddress, key: clientAddress(requestHeaders) },
      { rule: rules.registrationEvent, key: String(slug) },
    ],
    locale,
  );
  return { refused: refusal ? { status: "error", message: refusal.message } : null, postsThisMinute: counts[1] };
}

/** A post that reads as a registration: the person's details and answers, checked; the event. */
export type ReadRegistration = {
  slug: string;
  locale: Locale;
  event: PublicEvent;
  input: ParticipantInput & { consent?: true; answers: Answers; language?: Locale };
  altcha: FormDataEntryValue | null;
  /** For the form to show again on a refusal. */
  kept: Pick<RegistrationState, "values" | "answerValues" | "questions">;
};

/** Reads and checks the post. Changes nothing: a refusal here can be answered again at no cost. */
export async function readRegistration(slug: unknown, form: unknown, locale: Locale): Promise<ReadRegistration | RegistrationState> {
  const { t, reasons } = words(locale);
  if (!(form instanceof FormData)) return { status: "error", message: t("form.correctFields") };
  const raw = formToObject(form);
  // Never echo huge values back into the page (nor the spent proof of work).
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => k !== "altcha")
      .map(([k, v]) => [k, v.slice(0, 1000)]),
  );
  if (typeof slug !== "string" || slug.length > 80) return { status: "error", message: reasons.not_found, values };
  const parsed = registrationSchema.safeParse(raw);
  // The event's questions, from the same cache as the page (expired whenever they are saved).
  const event = await loadPublicEvent(slug);
  if (!event) return { status: "error", message: reasons.not_found, values };
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
  // A language the visitor chose on the page is theirs from now on (emails, ticket, certificate).
  const chosen = raw.languageChosen === "1" && isLocale(raw.language) ? raw.language : undefined;
  return {
    slug,
    locale,
    event,
    input: { ...parsed.data, answers: checked.answers, language: chosen },
    altcha: form.get("altcha"),
    kept: { values, answerValues, questions },
  };
}

export function isRead(x: ReadRegistration | RegistrationState): x is ReadRegistration {
  return "input" in x;
}

/**
 * The proof of work, then the registration. `resendWhenFull`: someone already registered on an
 * event that is now full hears "full" like a newcomer, and gets their confirmation again; the route
 * without JavaScript leaves both to the action it hands the post to, so it is sent once.
 */
export async function completeRegistration(
  read: ReadRegistration,
  postsThisMinute: number,
  { resendWhenFull }: { resendWhenFull: boolean },
): Promise<RegistrationState> {
  const { t, reasons } = words(read.locale);
  const { slug, event, input, kept } = read;
  // The proof of work, when the event asks for it (off / automatic under a rush / always).
  const challenge = await checkRegistrationChallenge(db(), slug, read.altcha, { mode: event.registrationChallenge, postsThisMinute });
  if (!challenge.ok) return { status: "error", message: t(`challenge.${challenge.reason}`), ...kept };
  // The cached event's id: the registration reads the event's row again in its own transaction.
  const result = await registerParticipant(db(), event.id, input);
  if (!result.ok && result.reason !== "duplicate") return { status: "error", message: reasons[result.reason], ...kept };
  if (!result.ok) {
    // Answer as if this were someone new (on a full event: "full", otherwise "registered"), so the
    // form never tells who is registered; the real registrant gets their confirmation again.
    const full = result.full && !result.waitlist;
    if (!full || resendWhenFull) await resendOwnConfirmation(db(), result.eventId, input.email);
    if (full) return { status: "error", message: reasons.full, ...kept };
  }
  // A full event with a waitlist: they joined it (or, already registered, are answered as if they had).
  const waitlisted = result.ok ? result.waitlisted === true : result.waitlist === true;
  return { status: "registered", email: input.email, waitlisted };
}

/** Where a registration without JavaScript is answered: the small confirmation page (post → redirect → get). */
export function registeredPath(slug: string, waitlisted: boolean | undefined): string {
  return `/e/${encodeURIComponent(slug)}/registered${waitlisted ? "/waitlist" : ""}`;
}

/** What was typed for the questions, cut to a sane length, for the form to show again. */
function keptAnswers(raw: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x.slice(0, 100)) : v.slice(0, 2000)]));
}
