"use server";
// Sign-in: parse, ask Better Auth (which sets the session cookie through nextCookies), go to /events
// (door staff: to their check-in list, /door).
// Wrong credentials come back as one message; the email stays in the form, the password does not.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { signInSchema } from "@/lib/validation/auth";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const values = keptValues(raw, ["password"]);
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const result = await signInWithPassword(parsed.data, await headers());
  if (!result.ok) {
    if (result.reason === "rate_limited") return { error: tooManyAttemptsMessage(result.retryAfterMs), values };
    if (result.reason === "invalid_credentials") return { error: "Wrong email or password. Check both and try again.", values };
    return { error: result.message ?? "Signing in is not possible right now. Try again in a moment.", values };
  }
  redirect(result.role === "door_staff" ? "/door" : "/events");
}
