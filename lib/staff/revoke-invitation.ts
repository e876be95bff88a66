// Withdraw a pending invitation: its link stops working at once. An accepted one is left alone
// (the account exists; change its events instead).
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { invitations } from "@/lib/db/schema";

export async function revokeInvitation(db: DbOrTx, invitationId: string): Promise<boolean> {
  const rows = await db
    .delete(invitations)
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
