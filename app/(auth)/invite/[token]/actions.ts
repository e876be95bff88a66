"use server";
// Accept an invitation: parse, then the acceptInvitation use-case (which creates the account, signs it
// in, gives it its role and events). Door staff go to their check-in list, organizers to the dashboard.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authFieldErrors } from "@/lib/i18n/auth-field-messages";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { acceptInvitation } from "@/lib/staff/accept-invitation";
import { formToObject } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";
import { acceptInvitationSchema } from "@/lib/validation/staff";

const errorKeys = {
  invalid: "invite.errors.invalid",
  expired: "invite.errors.expired",
  used: "invite.errors.used",
  email_taken: "invite.errors.emailTaken",
  failed: "invite.errors.failed",
} as const;

export async function acceptInvitationAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const locale = await visitorLocale();
  const t = translator(locale, "auth");
  const parsed = acceptInvitationSchema.safeParse({ ...formToObject(form), token });
  if (!parsed.success) return { fieldErrors: authFieldErrors(parsed.error, (key, v) => t(key as never, v as never)) };
  const result = await acceptInvitation(db(), { token: parsed.data.token, password: parsed.data.password }, await headers());
  if (!result.ok && result.reason === "rate_limited") return { error: tooManyAttemptsMessage(result.retryAfterMs, locale) };
  if (!result.ok) return { error: t(errorKeys[result.reason]) };
  redirect(result.role === "door_staff" ? "/door" : "/events");
}
