// Accepting an invitation: one transaction, holding the invitation row locked (so two clicks on one
// link create one account), writes the account with its final role (user row, and the credential
// row with the password hashed as Better Auth hashes it), its events, and marks the invitation
// used. Nothing is committed until all of it is, so a crash at any point leaves either no account or
// the complete one — never a door-staff invitee as an organizer. Signing in happens after commit,
// through Better Auth (inside a server action the nextCookies plugin sets the cookie).
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { eq, sql } from "drizzle-orm";
import { auth } from "@/lib/auth/auth";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { existingEventIds } from "@/lib/db/queries/staff";
import { account, eventStaff, invitations, user } from "@/lib/db/schema";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";
import type { StaffRole } from "@/lib/validation/staff";
import { hashInvitationToken, looksLikeInvitationToken } from "./invitation-token";

export type AcceptInvitationResult =
  | { ok: true; role: StaffRole }
  | { ok: false; reason: "invalid" | "expired" | "used" | "email_taken" | "failed" }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

export async function acceptInvitation(
  db: Db,
  input: { token: string; password: string },
  requestHeaders: Headers,
): Promise<AcceptInvitationResult> {
  // Budgets first (per address and per invitation): the password form must not become a way to
  // guess tokens or hammer the account creation.
  const allowed = await hitRateLimit(db, [
    { rule: rules.inviteAddress, key: clientAddress(requestHeaders) },
    { rule: rules.inviteToken, key: hashInvitationToken(input.token) },
  ]);
  if (!allowed.ok) return { ok: false, reason: "rate_limited", retryAfterMs: allowed.retryAfterMs };
  if (!looksLikeInvitationToken(input.token)) return { ok: false, reason: "invalid" };
  // Hashing is slow on purpose (scrypt): done before the row lock is taken.
  const passwordHash = await hashPassword(input.password);
  let email: string;
  let result: AcceptInvitationResult;
  try {
    ({ email, result } = await db.transaction(async (tx) => {
      const [invitation] = await tx
        .select()
        .from(invitations)
        .where(eq(invitations.tokenHash, hashInvitationToken(input.token)))
        .for("update");
      const refuse = (reason: "invalid" | "used" | "expired" | "email_taken") => ({ email: "", result: { ok: false, reason } as const });
      if (!invitation) return refuse("invalid");
      if (invitation.acceptedAt) return refuse("used");
      if (invitation.expiresAt.getTime() <= Date.now()) return refuse("expired");
      const address = invitation.email.toLowerCase();
      const [taken] = await tx.select({ id: user.id }).from(user).where(sql`lower(${user.email}) = ${address}`);
      if (taken) return refuse("email_taken");
      const userId = randomUUID();
      await tx.insert(user).values({ id: userId, name: invitation.name, email: address, emailVerified: true, role: invitation.role });
      await tx.insert(account).values({ id: randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash });
      const ids = await existingEventIds(tx, invitation.eventIds);
      if (ids.length)
        await tx
          .insert(eventStaff)
          .values(ids.map((eventId) => ({ eventId, userId })))
          .onConflictDoNothing();
      await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
      return { email: address, result: { ok: true, role: invitation.role } as const };
    }));
  } catch (err) {
    // Another account took the address between our check and the insert.
    if (isUniqueViolation(err)) return { ok: false, reason: "email_taken" };
    throw err;
  }
  if (result.ok) {
    try {
      await auth().api.signInEmail({ body: { email, password: input.password }, headers: requestHeaders });
    } catch {
      // The account is complete: without the session cookie the next page sends them to sign in.
    }
  }
  return result;
}
