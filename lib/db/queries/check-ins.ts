// Check-in reads: the participant behind a ticket code, the door's counters, the manual search.
// Callers have already checked the event with getEventForUser; these take its id.
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type postgres from "postgres";
import type { Db, DbOrTx } from "@/lib/db/client";
import { checkIns, participants, type ParticipantStatus } from "@/lib/db/schema";
import { matchesSearch } from "@/lib/db/search-text";

export type CheckInTarget = { id: string; eventId: string; firstName: string; lastName: string; status: ParticipantStatus };

const targetColumns = {
  id: participants.id,
  eventId: participants.eventId,
  firstName: participants.firstName,
  lastName: participants.lastName,
  status: participants.status,
};

/** The participant holding this (already normalised) code, in whichever event: served by the unique index. */
export async function findParticipantByTicketCode(db: DbOrTx, code: string): Promise<CheckInTarget | null> {
  const [row] = await db.select(targetColumns).from(participants).where(eq(participants.ticketCode, code));
  return row ?? null;
}

export async function findParticipantInEvent(db: DbOrTx, eventId: string, participantId: string): Promise<CheckInTarget | null> {
  const [row] = await db
    .select(targetColumns)
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.eventId, eventId)));
  return row ?? null;
}

/** The participant's current (not undone) check-in, if any. */
export async function findActiveCheckIn(db: DbOrTx, participantId: string) {
  const [row] = await db
    .select({ id: checkIns.id, checkedInAt: checkIns.checkedInAt, staffName: checkIns.staffName })
    .from(checkIns)
    .where(and(eq(checkIns.participantId, participantId), isNull(checkIns.undoneAt)));
  return row ?? null;
}

/** Every check-in row of a participant, undone ones included, oldest first: the history an undo keeps. */
export async function listCheckInHistory(db: DbOrTx, participantId: string) {
  return db.select().from(checkIns).where(eq(checkIns.participantId, participantId)).orderBy(asc(checkIns.checkedInAt));
}

/** Checked in (active check-ins) / approved: two index-only counts, cheap enough to poll. */
export async function countCheckIns(db: DbOrTx, eventId: string): Promise<{ checkedIn: number; approved: number }> {
  const [[checked], [approved]] = await Promise.all([
    db
      .select({ n: count() })
      .from(checkIns)
      .where(and(eq(checkIns.eventId, eventId), isNull(checkIns.undoneAt))),
    db
      .select({ n: count() })
      .from(participants)
      .where(and(eq(participants.eventId, eventId), eq(participants.status, "approved"))),
  ]);
  return { checkedIn: checked.n, approved: approved.n };
}

export const CHECK_IN_SEARCH_LIMIT = 20;

export type CheckInSearchRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string | null;
  status: ParticipantStatus;
  checkedInAt: Date | null;
  checkedInBy: string | null;
};

/**
 * The manual fallback's search: a ticket code (already normalised by the caller) matches exactly;
 * otherwise every word must appear in the name, email or organisation, accents and case ignored
 * (lib/db/search-text.ts; the trigram index serves it).
 */
export async function searchCheckInParticipants(
  db: DbOrTx,
  eventId: string,
  query: { code: string | null; text: string },
): Promise<CheckInSearchRow[]> {
  const textMatch = matchesSearch(participants.searchText, query.text) ?? sql`false`;
  const match = query.code ? sql`(${participants.ticketCode} = ${query.code} or ${textMatch})` : textMatch;
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      email: participants.email,
      organisation: participants.organisation,
      status: participants.status,
      checkedInAt: checkIns.checkedInAt,
      checkedInBy: checkIns.staffName,
    })
    .from(participants)
    .leftJoin(checkIns, and(eq(checkIns.participantId, participants.id), isNull(checkIns.undoneAt)))
    .where(and(eq(participants.eventId, eventId), match))
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .limit(CHECK_IN_SEARCH_LIMIT);
}

export type ScanAdmission =
  // The statement decided and recorded the answer (or found this scan id's earlier answer).
  | { kind: "decided"; result: Record<string, unknown>; replayed: boolean; admitted: boolean }
  // No participant holds the code: nothing recorded, as before.
  | { kind: "unknown_code" }
  // A race the single statement cannot see through (a concurrent request with the same scan id, or
  // a check-in committed or undone while it ran): the caller takes the transactional path.
  | { kind: "retry_slow" };

/**
 * A scan at the door in ONE statement: find the ticket's participant, admit them (the partial unique
 * index decides between simultaneous scans), and store the answer under the client's scan id. This is
 * the hot path of a busy door; a transaction of five round trips cost more than the admission.
 * The answer is built in SQL so the row stored for a retried scan id is the answer sent.
 * It is sent through postgres.js's tagged template, not drizzle's execute: that makes it a named
 * prepared statement per connection, so PostgreSQL parses and plans this seven-part CTE once per
 * connection instead of on every scan (drizzle sends every query unprepared).
 */
export async function admitByTicketCode(
  db: Db,
  input: { eventId: string; code: string; clientScanId: string; staffId: string; staffName: string; deviceId: string | null },
): Promise<ScanAdmission> {
  const { eventId, code, clientScanId, staffId, staffName, deviceId } = input;
  // drizzle() keeps its postgres.js client as $client (the Db type does not name it).
  const client = (db as Db & { $client: postgres.Sql }).$client;
  const rows = await client<
    {
      found: boolean;
      seen: Record<string, unknown> | null;
      result: Record<string, unknown> | null;
      claimed: boolean;
      admitted: boolean;
    }[]
  >`
    with p as (
      select id, event_id, status, btrim(first_name || ' ' || last_name) as name
      from participants where ticket_code = ${code}
    ),
    seen as (
      select result from check_in_scans where event_id = ${eventId}::uuid and client_scan_id = ${clientScanId}
    ),
    ins as (
      insert into check_ins (event_id, participant_id, staff_id, staff_name, device_id, method)
      select ${eventId}::uuid, p.id, ${staffId}, ${staffName}, ${deviceId}, 'scan' from p
      where p.event_id = ${eventId}::uuid and p.status = 'approved' and not exists (select 1 from seen)
      on conflict (participant_id) where undone_at is null do nothing
      returning checked_in_at, staff_name
    ),
    active as (
      select c.checked_in_at, c.staff_name from check_ins c join p on c.participant_id = p.id
      where c.undone_at is null and p.event_id = ${eventId}::uuid
    ),
    decision as (
      select p.id is not null as found, exists (select 1 from ins) as admitted, case
        when p.id is null then null
        when p.event_id <> ${eventId}::uuid then jsonb_build_object('outcome', 'wrong_event')
        when p.status <> 'approved' then jsonb_build_object('outcome', 'not_approved', 'participant', jsonb_build_object('id', p.id, 'name', p.name), 'status', p.status)
        when exists (select 1 from ins) then (select jsonb_build_object('outcome', 'admitted', 'participant', jsonb_build_object('id', p.id, 'name', p.name),
          'checkedInAt', to_char(i.checked_in_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'staffName', i.staff_name) from ins i)
        when exists (select 1 from active) then (select jsonb_build_object('outcome', 'already', 'participant', jsonb_build_object('id', p.id, 'name', p.name),
          'checkedInAt', to_char(a.checked_in_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'staffName', a.staff_name) from active a limit 1)
      end as result
      from (select 1) one left join p on true
    ),
    claim as (
      insert into check_in_scans (event_id, client_scan_id, result)
      select ${eventId}::uuid, ${clientScanId}, d.result from decision d
      where d.result is not null and not exists (select 1 from seen)
      on conflict do nothing
      returning 1
    )
    select d.found, d.result, d.admitted, (select result from seen) as seen, exists (select 1 from claim) as claimed
    from decision d
  `;
  const [row] = rows;
  if (row.seen) return { kind: "decided", result: row.seen, replayed: true, admitted: false };
  if (!row.found) return { kind: "unknown_code" };
  if (row.result && row.claimed) return { kind: "decided", result: row.result, replayed: false, admitted: row.admitted };
  return { kind: "retry_slow" };
}
