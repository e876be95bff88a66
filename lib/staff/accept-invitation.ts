// Accepting an invitation: the account is created through Better Auth (which also signs it in; inside
// a server action the nextCookies plugin sets the cookie), then given the invitation's role and
// events, and the invitation is marked used, in one transaction that holds the invitation row
// locked, so two clicks on one link create one account.
//
// Better Auth's user hook creates every non-first account as "organizer"; the role is set right after,
// before anyone holds the new session (its cookie only leaves with this response). If anything fails
// after the account exists, the account is removed again, so a door staff invitation can never leave
// an organizer behind.
import { isAPIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/auth";
import type { Db } from "@/lib/db/client";
import { existingEventIds } from "@/lib/db/queries/staff";
import { eventStaff, invitations, user } from "@/lib/db/schema";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";
import type { StaffRole } from "@/lib/validation/staff";
import { hashInvitationToken, looksLikeInvitationToken } from "./invitation-token";

export type AcceptInvitationResult =
  | { ok: true; role: StaffRole }
  | { ok: false; reason: "invalid" | "expired" | "used" | "email_taken" | "failed"; message?: string }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

export async function acceptInvitation(db: Db, input: { token: string; password: string }, requestHeaders: Headers): Promise<AcceptInvitationResult> {
  // Budgets first (per address and per invitation): the password form must not become a way to
  // guess tokens or hammer the account creation.
  const allowed = await hitRateLimit(db, [
    { rule: rules.inviteAddress, key: clientAddress(requestHeaders) },
    { rule: rules.inviteToken, key: hashInvitationToken(input.token) },
  ]);
  if (!allowed.ok) return { ok: false, reason: "rate_limited", retryAfterMs: allowed.retryAfterMs };
  if (!looksLikeInvitationToken(input.token)) return { ok: false, reason: "invalid" };
  let createdId: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(input.token))).for("update");
      if (!invitation) return { ok: false, reason: "invalid" } as const;
      if (invitation.acceptedAt) return { ok: false, reason: "used" } as const;
      if (invitation.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" } as const;
      try {
        const created = await auth().api.signUpEmail({
          body: { name: invitation.name, email: invitation.email, password: input.password },
          headers: requestHeaders,
        });
        createdId = created.user.id;
      } catch (err) {
        if (!isAPIError(err)) throw err;
        if (err.status === "UNPROCESSABLE_ENTITY") return { ok: false, reason: "email_taken" } as const;
        return { ok: false, reason: "failed", message: err.message } as const;
      }
      await tx.update(user).set({ role: invitation.role, emailVerified: true }).where(eq(user.id, createdId));
      const ids = await existingEventIds(tx, invitation.eventIds);
      if (ids.length) await tx.insert(eventStaff).values(ids.map((eventId) => ({ eventId, userId: createdId! }))).onConflictDoNothing();
      await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
      return { ok: true, role: invitation.role } as const;
    });
  } catch (err) {
    if (createdId) await db.delete(user).where(eq(user.id, createdId)).catch(() => {});
    throw err;
  }
}
