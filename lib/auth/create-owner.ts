// First start: create the owner account and sign it in (the nextCookies plugin sets the cookie when
// this runs inside a server action). Refused once any account exists. Two setups racing each other
// both pass the first check; the partial unique index on role = 'owner' lets only one of them win.
import { isAPIError } from "better-auth/api";
import type { Db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import type { SetupInput } from "@/lib/validation/auth";
import { auth } from "./auth";

export type CreateOwnerResult = { ok: true } | { ok: false; reason: "exists" | "failed"; message?: string };

export async function createOwner(db: Db, input: SetupInput, requestHeaders: Headers): Promise<CreateOwnerResult> {
  if ((await countUsers(db)) > 0) return { ok: false, reason: "exists" };
  try {
    await auth().api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password },
      headers: requestHeaders,
    });
    return { ok: true };
  } catch (err) {
    // Lost the race (or any failure after another setup finished): report it as "exists".
    if ((await countUsers(db)) > 0) return { ok: false, reason: "exists" };
    if (isAPIError(err)) return { ok: false, reason: "failed", message: err.message };
    throw err;
  }
}
