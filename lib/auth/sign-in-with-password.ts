// Email + password sign-in through Better Auth. Inside a server action the nextCookies plugin
// stores the session cookie. Wrong credentials are an expected outcome, not an exception.
import { isAPIError } from "better-auth/api";
import type { SignInInput } from "@/lib/validation/auth";
import { auth } from "./auth";

export type SignInResult = { ok: true } | { ok: false; reason: "invalid_credentials" | "refused"; message?: string };

export async function signInWithPassword(input: SignInInput, requestHeaders: Headers): Promise<SignInResult> {
  try {
    await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: requestHeaders });
    return { ok: true };
  } catch (err) {
    if (!isAPIError(err)) throw err;
    if (err.status === "UNAUTHORIZED" || err.status === "BAD_REQUEST") return { ok: false, reason: "invalid_credentials" };
    return { ok: false, reason: "refused", message: err.message };
  }
}

