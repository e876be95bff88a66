"use server";
// "Forgot password?": parse, then the use-case; the page answers the same whether or not the
// address has an account (post-redirect-get, so it works without JavaScript).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { forgotPasswordSchema } from "@/lib/validation/auth";
import { formToObject } from "@/lib/validation/fields";

export async function forgotPasswordAction(form: FormData): Promise<void> {
  const parsed = forgotPasswordSchema.safeParse(formToObject(form));
  if (!parsed.success) redirect("/forgot-password?error=email");
  const result = await requestPasswordReset(parsed.data.email, await headers());
  if (!result.ok) redirect(`/forgot-password?retry=${Math.ceil(result.retryAfterMs / 1000)}`);
  redirect("/forgot-password?sent=1");
}
