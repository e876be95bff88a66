// "Already registered" is never said on the public form (it would tell anyone who is registered).
// Instead the person who typed a registered address gets the same answer as a new registrant, and
// the real registrant, if approved, receives their ticket email again — at most a few times an hour
// per address and event, so the form cannot be used to flood someone's inbox.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rules } from "@/lib/rate-limit/rules";

export async function resendOwnConfirmation(db: Db, eventId: string, email: string): Promise<"sent" | "not_approved" | "limited"> {
  const allowed = await hitRateLimit(db, [{ rule: rules.confirmationResend, key: `${eventId}:${email.toLowerCase()}` }]);
  if (!allowed.ok) return "limited";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: participants.id, status: participants.status })
      .from(participants)
      .where(and(eq(participants.eventId, eventId), sql`lower(${participants.email}) = lower(${email})`))
      .for("share");
    if (row?.status !== "approved") return "not_approved" as const;
    await sendJob(tx, "ticket.resend", { participantId: row.id, requestId: randomUUID() });
    return "sent" as const;
  });
}
