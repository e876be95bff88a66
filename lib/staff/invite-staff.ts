// The owner invites someone: an invitation row (token hash only), its email recorded and its
// delivery enqueued in the same transaction. Inviting the same address again replaces the earlier
// pending invitation, so only the newest link works. The link is returned once, for the owner to
// copy (it cannot be shown again: only its hash is kept).
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { accountExists, existingEventIds } from "@/lib/db/queries/staff";
import { events, invitations } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { env } from "@/lib/env";
import { sendJob } from "@/lib/queue/boss";
import type { InviteStaffInput } from "@/lib/validation/staff";
import { invitationEmail } from "./invitation-email";
import { INVITATION_TTL_DAYS, newInvitationToken } from "./invitation-token";

export type InviteStaffResult = { ok: true; invitationId: string; link: string } | { ok: false; fieldErrors: Record<string, string> };

export async function inviteStaff(db: Db, owner: Pick<SessionUser, "id" | "name">, input: InviteStaffInput): Promise<InviteStaffResult> {
  if (await accountExists(db, input.email)) return { ok: false, fieldErrors: { email: "There is already an account with this email" } };
  const { token, tokenHash } = newInvitationToken();
  const link = new URL(`/invite/${token}`, env().APP_URL).toString();
  return db.transaction(async (tx) => {
    const eventIds = await existingEventIds(tx, input.eventIds);
    const titles = eventIds.length
      ? (await tx.select({ title: events.title }).from(events).where(inArray(events.id, eventIds))).map((e) => e.title)
      : [];
    await tx
      .delete(invitations)
      .where(and(eq(sql`lower(${invitations.email})`, input.email.toLowerCase()), isNull(invitations.acceptedAt)));
    const [invitation] = await tx
      .insert(invitations)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        eventIds,
        tokenHash,
        invitedBy: owner.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
      })
      .returning({ id: invitations.id });
    const email = invitationEmail({ name: input.name, role: input.role, invitedBy: owner.name, link, eventTitles: titles });
    const message = await createMessage(tx, {
      key: `invitation:${invitation.id}`,
      kind: "invitation",
      eventId: null,
      participantId: null,
      to: input.email,
      ...email,
    });
    await sendJob(tx, "email.send", { messageId: message.id });
    return { ok: true, invitationId: invitation.id, link } as const;
  });
}
