// A scanned (or typed) ticket at the door → what to tell the staff member. The text is normalised
// before anything touches the database: URLs, random text and truncated codes are answered
// "invalid" at once. A well-formed code is looked up across events so a ticket for another event
// says so ("wrong_event") instead of "invalid".
import type { Db } from "@/lib/db/client";
import { admitByTicketCode, findParticipantByTicketCode } from "@/lib/db/queries/check-ins";
import { normalizeTicketCode } from "@/lib/tickets/ticket-code";
import { countAdmissionInCachedCounters } from "./cached-counters";
import type { CheckInActor, CheckInResult } from "./check-in-result";
import { recordCheckIn } from "./record-check-in";

export type CheckInTicketInput = {
  eventId: string;
  scannedText: string;
  actor: CheckInActor;
  clientScanId: string;
};

export async function checkInTicket(db: Db, input: CheckInTicketInput): Promise<CheckInResult> {
  const code = normalizeTicketCode(input.scannedText);
  if (!code) return { outcome: "invalid" };
  // The common case in one statement (admitByTicketCode); only a race it cannot see through takes
  // the transactional path below, which gives the same answers with more round trips.
  const fast = await admitByTicketCode(db, {
    eventId: input.eventId,
    code,
    clientScanId: input.clientScanId,
    staffId: input.actor.id,
    staffName: input.actor.name,
    deviceId: input.actor.deviceId,
  });
  if (fast.kind === "unknown_code") return { outcome: "invalid" };
  if (fast.kind === "decided") {
    if (fast.admitted) countAdmissionInCachedCounters(input.eventId);
    const result = fast.result as CheckInResult;
    return fast.replayed ? { ...result, replayed: true } : result;
  }
  const participant = await findParticipantByTicketCode(db, code);
  if (!participant) return { outcome: "invalid" };
  return recordCheckIn(db, { eventId: input.eventId, participant, actor: input.actor, clientScanId: input.clientScanId, method: "scan" });
}
