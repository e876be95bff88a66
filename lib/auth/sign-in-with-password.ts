// Email + password sign-in through Better Auth. Inside a server action the nextCookies plugin
// stores the session cookie. Wrong credentials are an expected outcome, not an exception.
// Calling auth().api directly skips any HTTP-level limiter, so the budgets are checked here: per
// account and per client address, with growing back-off; a correct password clears the account's.
import { isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";
import type { SignInInput } from "@/lib/validation/auth";
import { auth } from "./auth";
import type { Role } from "./session";

export type SignInResult =
  | { ok: true; role: Role }
  | { ok: false; reason: "invalid_credentials" | "refused"; code?: string }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

export function signInBudget(email: string, requestHeaders: Headers) {
  return [
    { rule: rules.signInAccount, key: email.trim().toLowerCase() },
    { rule: rules.signInAddress, key: clientAddress(requestHeaders) },
  ];
}

export async function signInWithPassword(input: SignInInput, requestHeaders: Headers): Promise<SignInResult> {
  const budget = signInBudget(input.email, requestHeaders);
  const allowed = await hitRateLimit(db(), budget);
  if (!allowed.ok) return { ok: false, reason: "rate_limited", retryAfterMs: allowed.retryAfterMs };
  try {
    const signedIn = await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: requestHeaders });
    await resetRateLimit(db(), budget[0]);
    return { ok: true, role: ((signedIn.user as { role?: string }).role ?? "organizer") as Role };
  } catch (err) {
    if (!isAPIError(err)) throw err;
    if (err.status === "UNAUTHORIZED" || err.status === "BAD_REQUEST") return { ok: false, reason: "invalid_credentials" };
    const code = (err.body as { code?: unknown } | undefined)?.code;
    return { ok: false, reason: "refused", code: typeof code === "string" ? code : undefined };
  }
}
