"use server";
// Choosing the new password from the emailed link. Better Auth checks the token (once, within the
// hour) and signs out every session of the account. A wrong field comes back as a catalogue key in
// the address (post-redirect-get, so it works without JavaScript), never as text to show.
import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/request-password-reset";
import { authIssueKey } from "@/lib/i18n/auth-field-messages";
import { resetPasswordSchema } from "@/lib/validation/auth";
import { formToObject } from "@/lib/validation/fields";

export async function resetPasswordAction(form: FormData): Promise<void> {
  const raw = formToObject(form);
  const token = encodeURIComponent((raw.token ?? "").slice(0, 200));
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    redirect(`/reset-password?token=${token}&error=${issue ? authIssueKey(issue)[0] : "invalid"}`);
  }
  const result = await resetPassword(parsed.data.token, parsed.data.password);
  if (!result.ok) redirect("/reset-password?error=token");
  redirect("/sign-in?reset=1");
}
