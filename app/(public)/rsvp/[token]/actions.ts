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
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { chooseRsvpLanguage } from "@/lib/rsvp/choose-rsvp-language";
import { formToObject } from "@/lib/validation/fields";
import { rsvpAnswerSchema, type RsvpFormState } from "@/lib/validation/rsvp";

export async function answerRsvpAction(_prev: RsvpFormState, form: FormData): Promise<RsvpFormState> {
  // The form says which language its page is in; anything else is English.
  const locale = resolveLocale(form instanceof FormData ? form.get("language") : null);
  const t = translator(locale, "public");
  const reason = (r: "invalid" | "started" | "inactive" | "full") => t(`rsvp.reasons.${r}`);
  if (!(form instanceof FormData)) return { error: reason("invalid") };
  const token = form.get("token");
  const refused = await budgetRefusal(
    [
      { rule: rules.rsvpAddress, key: clientAddress(await headers()) },
      { rule: rules.rsvpToken, key: typeof token === "string" ? token.slice(0, 200) : "-" },
    ],
    locale,
  );
  if (refused) return { error: refused.message };
  const parsed = rsvpAnswerSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: reason("invalid") };
  const result = await answerRsvp(db(), parsed.data.token, parsed.data.answer);
  if (!result.ok) return { error: reason(result.reason) };
  redirect(`/rsvp/${parsed.data.token}?saved=1`);
}

/** The page's language switcher: stores the choice on the participant, then shows the page in it. */
export async function chooseRsvpLanguageAction(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const token = form.get("rsvpToken");
  // Refused or not, nothing is shown: the refusal's words are never read.
  const refused = await budgetRefusal(
    [
      { rule: rules.rsvpAddress, key: clientAddress(await headers()) },
      { rule: rules.rsvpToken, key: typeof token === "string" ? token.slice(0, 200) : "-" },
    ],
    "en",
  );
  if (refused || typeof token !== "string") return;
  // An unsupported language or a link that is not valid changes nothing; the page shows as it was.
  await chooseRsvpLanguage(db(), token, form.get("language"));
  redirect(`/rsvp/${encodeURIComponent(token.slice(0, 400))}`);
}
