// Which events a staff member (organizer or door staff) may work on: the given set replaces the old
// one in one transaction. The owner's own account has no such list (it sees everything).
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { existingEventIds } from "@/lib/db/queries/staff";
import { eventStaff, user } from "@/lib/db/schema";

export async function updateStaffEvents(db: Db, input: { userId: string; eventIds: string[] }): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Locks the account row, so two saves for one person apply one after the other.
    const [member] = await tx
      .select({ id: user.id })
      .from(user)
      .where(and(eq(user.id, input.userId), ne(user.role, "owner")))
      .for("update");
    if (!member) return false;
    const ids = await existingEventIds(tx, input.eventIds);
    await tx.delete(eventStaff).where(eq(eventStaff.userId, member.id));
    if (ids.length) await tx.insert(eventStaff).values(ids.map((eventId) => ({ eventId, userId: member.id })));
    return true;
  });
}
