// "Forgot password?": within the budgets (per address, per account), ask Better Auth for a reset
// token; its sendResetPassword hook (password-reset-email.ts) stores and enqueues the email. The
// answer never says whether the address has an account.
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";
import { auth } from "./auth";

export type PasswordResetRequestResult = { ok: true } | { ok: false; retryAfterMs: number };

export async function requestPasswordReset(email: string, requestHeaders: Headers): Promise<PasswordResetRequestResult> {
  const allowed = await hitRateLimit(db(), [
    { rule: rules.passwordResetAddress, key: clientAddress(requestHeaders) },
    { rule: rules.passwordResetAccount, key: email.toLowerCase() },
  ]);
  if (!allowed.ok) return { ok: false, retryAfterMs: allowed.retryAfterMs };
  await auth().api.requestPasswordReset({ body: { email }, headers: requestHeaders });
  return { ok: true };
}

export type ResetPasswordResult = { ok: true } | { ok: false; reason: "invalid_token" };

export async function resetPassword(token: string, newPassword: string): Promise<ResetPasswordResult> {
  try {
    await auth().api.resetPassword({ body: { token, newPassword } });
    return { ok: true };
  } catch {
    return { ok: false, reason: "invalid_token" };
  }
}
