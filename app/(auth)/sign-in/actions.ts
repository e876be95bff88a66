"use server";
// Sign-in: parse, ask Better Auth (which sets the session cookie through nextCookies), go to /events
// (door staff: to their check-in list, /door).
// Wrong credentials come back as one message; the email stays in the form, the password does not.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { authFieldErrors, authLibraryError } from "@/lib/i18n/auth-field-messages";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { signInSchema } from "@/lib/validation/auth";
import { formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const values = keptValues(raw, ["password"]);
  const locale = await visitorLocale();
  const t = translator(locale, "auth");
  const say = (key: string, v?: Record<string, string | number>) => t(key as never, v as never);
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: authFieldErrors(parsed.error, say, { signIn: true }), values };
  const result = await signInWithPassword(parsed.data, await headers());
  if (!result.ok) {
    if (result.reason === "rate_limited")
      return {
        error: tooManyAttemptsMessage(result.retryAfterMs, locale),
        values,
      };
    if (result.reason === "invalid_credentials") return { error: t("signIn.wrongCredentials"), values };
    return { error: result.code ? t("signIn.refused", { reason: authLibraryError(result.code, say) }) : t("signIn.unavailable"), values };
  }
  redirect(result.role === "door_staff" ? "/door" : "/events");
}
