// The waitlist's emails to one participant, recorded and delivered exactly once by their key, while
// they are still due: "you are on the waitlist" (with the place) while waiting, "a seat is yours to
// claim" while that very offer stands, "your registration is cancelled" for the cancellation it confirms.
import { formatInTimeZone } from "@/lib/waitlist/format-offer-expiry";
import type { Db } from "@/lib/db/client";
import { participantIfStatus } from "@/lib/db/queries/status-changes";
import { participantStatusHistory } from "@/lib/db/schema";
import { composeEmail, participantLocale } from "@/lib/email/compose-email";
import { intlTag } from "@/lib/i18n/locales";
import { createMessageForDelivery } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { eq } from "drizzle-orm";
import { waitlistPosition } from "./waitlist-position";

export type WaitlistEmail =
  | { kind: "waitlist_joined"; participantId: string }
  | { kind: "waitlist_offer"; participantId: string; offer: number }
  | { kind: "cancelled"; participantId: string; changeId: string };

export async function sendWaitlistEmail(db: Db, email: WaitlistEmail): Promise<"sent" | "not_due"> {
  const message = await db.transaction(async (tx) => {
    const status = email.kind === "waitlist_offer" ? "offered" : email.kind === "cancelled" ? "cancelled" : null;
    const current =
      (await participantIfStatus(tx, {
        participantId: email.participantId,
        status: status ?? "waitlisted",
        lock: true,
        ...(email.kind === "cancelled" ? { changeId: email.changeId } : {}),
      })) ??
      (status === null ? await participantIfStatus(tx, { participantId: email.participantId, status: "offered", lock: true }) : null);
    if (!current) return null;
    const { participant, event } = current;
    let key: string;
    let extra: Record<string, string> = {};
    if (email.kind === "waitlist_offer") {
      if (participant.offerCount !== email.offer || !participant.offerExpiresAt) return null;
      key = `waitlist_offer:${participant.id}:${email.offer}`;
      // Written as the email's language writes dates.
      const locale = intlTag(participantLocale(event, participant));
      extra = { offer_expires: formatInTimeZone(participant.offerExpiresAt, event.timeZone, locale) };
    } else if (email.kind === "waitlist_joined") {
      key = `waitlist_joined:${participant.id}`;
      extra = { waitlist_position: String((await waitlistPosition(tx, participant.id)) ?? "") };
    } else {
      key = `cancelled:${email.changeId}`;
      const [change] = await tx
        .select({ reason: participantStatusHistory.reason })
        .from(participantStatusHistory)
        .where(eq(participantStatusHistory.id, email.changeId));
      extra = { reason: change?.reason ?? "" };
    }
    const content = await composeEmail(tx, event, participant, email.kind, extra);
    return createMessageForDelivery(tx, {
      key,
      kind: email.kind,
      eventId: event.id,
      participantId: participant.id,
      to: participant.email,
      ...content,
    });
  });
  if (!message) return "not_due";
  await deliverMessage(db, message);
  return "sent";
}
