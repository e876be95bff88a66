// First start: create the owner account and sign it in (the nextCookies plugin sets the cookie when
// this runs inside a server action). Refused once any account exists.
//
// Two setups racing each other: without serialising them, both pass the "no account yet" check, the
// first becomes owner and Better Auth's user hook would quietly make the second an *organizer*, signed
// in. So setups take a transaction-scoped advisory lock (held on one connection while Better Auth
// writes on others) and re-check inside it; the partial unique index on role = 'owner' stays the last
// word if anything slips past, and a non-owner created anyway is removed again.
import { isAPIError } from "better-auth/api";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { user } from "@/lib/db/schema";
import type { SetupInput } from "@/lib/validation/auth";
import { auth } from "./auth";

export type CreateOwnerResult = { ok: true } | { ok: false; reason: "exists" | "failed"; code?: string };

// Arbitrary but fixed: identifies "owner setup" among advisory locks.
const SETUP_LOCK = 724_001;

export async function createOwner(db: Db, input: SetupInput, requestHeaders: Headers): Promise<CreateOwnerResult> {
  if ((await countUsers(db)) > 0) return { ok: false, reason: "exists" };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
    if ((await countUsers(tx)) > 0) return { ok: false, reason: "exists" } as const;
    try {
      const created = await auth().api.signUpEmail({
        body: { name: input.name, email: input.email, password: input.password },
        headers: requestHeaders,
      });
      const role = (created.user as { role?: string }).role;
      if (role !== "owner") {
        await db.delete(user).where(eq(user.id, created.user.id));
        return { ok: false, reason: "exists" } as const;
      }
      return { ok: true } as const;
    } catch (err) {
      // Lost a race that got past the lock (the unique index refused a second owner).
      if ((await countUsers(db)) > 0) return { ok: false, reason: "exists" } as const;
      // Better Auth's error code, not its English message: the page words it in the visitor's language.
      if (isAPIError(err)) return { ok: false, reason: "failed", code: errorCode(err.body) } as const;
      throw err;
    }
  });
}

function errorCode(body: unknown): string | undefined {
  const code = (body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}
