"use server";
// Accept an invitation: parse, then the acceptInvitation use-case (which creates the account, signs it
// in, gives it its role and events). Door staff go to their check-in list, organizers to the dashboard.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { acceptInvitation } from "@/lib/staff/accept-invitation";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";
import { acceptInvitationSchema } from "@/lib/validation/staff";

const messages = {
  invalid: "This invitation link is not valid (it may have been withdrawn). Ask for a new invitation.",
  expired: "This invitation has expired. Ask for a new invitation.",
  used: "This invitation has already been used. Sign in with the password chosen then.",
  email_taken: "There is already an account with this email address. Sign in instead.",
  failed: "The account could not be created. Try again in a moment.",
};

export async function acceptInvitationAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = acceptInvitationSchema.safeParse({ ...formToObject(form), token });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const result = await acceptInvitation(db(), { token: parsed.data.token, password: parsed.data.password }, await headers());
  if (!result.ok && result.reason === "rate_limited") return { error: tooManyAttemptsMessage(result.retryAfterMs) };
  if (!result.ok)
    return { error: result.message && result.reason === "failed" ? `${messages.failed} (${result.message})` : messages[result.reason] };
  redirect(result.role === "door_staff" ? "/door" : "/events");
}
