// Email + password sign-in through Better Auth. Inside a server action the nextCookies plugin
// stores the session cookie. Wrong credentials are an expected outcome, not an exception.
import { isAPIError } from "better-auth/api";
import type { SignInInput } from "@/lib/validation/auth";
import { auth } from "./auth";
import type { Role } from "./session";

export type SignInResult = { ok: true; role: Role } | { ok: false; reason: "invalid_credentials" | "refused"; message?: string };

export async function signInWithPassword(input: SignInInput, requestHeaders: Headers): Promise<SignInResult> {
  try {
    const signedIn = await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: requestHeaders });
    return { ok: true, role: ((signedIn.user as { role?: string }).role ?? "organizer") as Role };
  } catch (err) {
    if (!isAPIError(err)) throw err;
    if (err.status === "UNAUTHORIZED" || err.status === "BAD_REQUEST") return { ok: false, reason: "invalid_credentials" };
    return { ok: false, reason: "refused", message: err.message };
  }
}

