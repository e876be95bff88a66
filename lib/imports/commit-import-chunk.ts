// One chunk of an import, committed as one transaction: its new participants (COPY into a staging
// table, copy-staging.ts, then one INSERT … SELECT … ON CONFLICT
// DO NOTHING on the (event, lower(email)) unique index, so an address already registered is skipped,
// never doubled), their approval history and email jobs, its row errors, the counters and the cursor
// (the last row number this chunk covers). A crash loses the chunk whole; the rerun starts after
// the cursor, so there are neither duplicates nor gaps.
//
// The operation row is locked last, after the inserts, and the chunk commits only if the cursor is
// still the one it follows: so the next chunk's inserts can run while this one commits (two
// transactions in flight, in order), and a chunk whose predecessor failed, or that a newer run of
// the same import overtook, rolls back whole.
//
// synchronous_commit is off for these transactions: a chunk lost to a database crash is lost with
// its cursor (the retried job redoes it), and the job's own completion, a normal commit, flushes
// every chunk before it to disk.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { adjustSeats } from "@/lib/participants/seat-accounting";
import { sendJobs } from "@/lib/queue/boss";
import type { Answers } from "@/lib/questions/definitions";
import type { ParticipantInput } from "@/lib/validation/participants";
import { copyToStaging, STAGING_TABLE } from "./copy-staging";
import type { RowProblem } from "./import-reason";
import { storedRowReason } from "./stored-import-reason";
import { MAX_RAW_CELL_CHARS, MAX_RAW_CELLS } from "./limits";

export type PreparedRow = { rowNumber: number; cells: string[] } & (
  | { kind: "new"; participant: ParticipantInput & { answers?: Answers } }
  | { kind: "duplicate"; firstRow: number }
  | { kind: "invalid"; problems: RowProblem[] }
);

export type ImportContext = {
  operationId: string;
  eventId: string;
  /** New participants are approved (automatic approval) or pending (manual). */
  approve: boolean;
  dryRun: boolean;
  sendEmails: boolean;
  createdBy: string | null;
};

class NotCommitted extends Error {}

export const IMPORT_ACTOR_NAME = "CSV import";

export type ChunkPosition = {
  /** The cursor the previous chunk leaves: this chunk commits only on top of it. */
  after: number;
  /** The last row number this chunk covers (blank rows included): the cursor it leaves. */
  lastRow: number;
  /** The end of the file: the operation completes with this chunk. */
  final: boolean;
};

/**
 * False when the chunk was not committed (nothing of it stays): the import was cancelled or has
 * finished, the previous chunk did not commit, or another run of the import is ahead.
 */
export async function commitImportChunk(
  db: Db,
  ctx: ImportContext,
  rows: PreparedRow[],
  at: ChunkPosition,
  /** The previous chunk of this run, still committing: this one commits only after it did. */
  previous?: Promise<boolean>,
): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`set local synchronous_commit = off`);
      const [seen] = await tx.execute<{ state: string; cursor: string }>(
        sql`select state, cursor from operations where id = ${ctx.operationId}`,
      );
      if (seen?.state !== "running" || Number(seen.cursor) > at.after) return false;
      await writeChunk(tx, ctx, rows, at, previous);
      return true;
    });
  } catch (err) {
    if (err instanceof NotCommitted) return false;
    throw err;
  }
}

async function writeChunk(tx: Tx, ctx: ImportContext, rows: PreparedRow[], at: ChunkPosition, previous?: Promise<boolean>): Promise<void> {
  const fresh = rows.filter((r): r is PreparedRow & { kind: "new" } => r.kind === "new");
  const registered = ctx.dryRun ? await registeredAmong(tx, ctx.eventId, fresh) : await insertParticipants(tx, ctx, fresh);

  // Each reason as its codes and their English text (stored-import-reason.ts).
  const error = (r: PreparedRow, outcome: "failed" | "skipped", problems: RowProblem[]) => {
    const { reason, detail } = storedRowReason(problems);
    return { row: r.rowNumber, outcome, reason, detail, raw: capped(r.cells) };
  };
  const errors = rows.flatMap((r) => {
    if (r.kind === "invalid") return [error(r, "failed", r.problems)];
    if (r.kind === "duplicate") return [error(r, "skipped", [{ code: "sameEmailAs", row: r.firstRow }])];
    if (registered.has(r.participant.email)) return [error(r, "skipped", [{ code: "alreadyRegistered" }])];
    return [];
  });
  if (errors.length) {
    await tx.execute(sql`
      insert into operation_row_errors (operation_id, row_number, outcome, reason, reason_detail, raw)
      select ${ctx.operationId}::uuid, e.row, e.outcome, e.reason, e.detail, e.raw
      from jsonb_to_recordset(${JSON.stringify(errors)}::jsonb) as e(row int, outcome text, reason text, detail jsonb, raw jsonb)
      on conflict (operation_id, row_number) do nothing`);
  }

  // Now wait for the previous chunk to commit, then lock the operation and check that this chunk
  // follows it (another run may have moved on); otherwise everything above rolls back. The two
  // chunks never wait on each other's rows: their emails and row numbers differ. NO KEY UPDATE, not
  // UPDATE: the row errors' foreign key share-locks this row in the other chunk's transaction too.
  if (previous && !(await previous.catch(() => false))) throw new NotCommitted();
  const [current] = await tx.execute<{ state: string; cursor: string }>(
    sql`select state, cursor from operations where id = ${ctx.operationId} for no key update`,
  );
  if (current?.state !== "running" || Number(current.cursor) !== at.after) throw new NotCommitted();

  const failed = rows.filter((r) => r.kind === "invalid").length;
  const skipped = errors.length - failed;
  const succeeded = rows.length - failed - skipped;
  await tx.execute(sql`
    update operations set
      processed = processed + ${rows.length}::int,
      succeeded = succeeded + ${succeeded}::int,
      failed = failed + ${failed}::int,
      skipped = skipped + ${skipped}::int,
      cursor = ${at.lastRow}::bigint,
      total = case when ${at.final}::boolean then greatest(total, processed + ${rows.length}::int) else total end,
      state = case when ${at.final}::boolean then 'completed' else state end,
      finished_at = case when ${at.final}::boolean then now() else finished_at end
    where id = ${ctx.operationId}`);
  // Last, so the event row is held only through the commit. New participants (pending or approved,
  // no RSVP yet) each hold a seat; the organizer chose them, so the capacity is not enforced (the
  // preview says so).
  if (!ctx.dryRun) await adjustSeats(tx, ctx.eventId, fresh.length - registered.size, { enforce: false });
}

/** Inserts the rows (in file order) and returns the emails that were already registered. */
async function insertParticipants(tx: Tx, ctx: ImportContext, rows: (PreparedRow & { kind: "new" })[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  await copyToStaging(
    tx,
    rows.map((r) => r.participant),
  );
  const inserted = await tx.execute<{ id: string; email: string; change_id: string | null }>(sql`
    with inserted as (
      insert into participants (event_id, first_name, last_name, email, organisation, phone, answers, status, source, status_changed_at)
      select ${ctx.eventId}::uuid, first_name, last_name, email, organisation, phone, coalesce(answers, '{}'::jsonb),
             ${ctx.approve ? "approved" : "pending"}, 'csv', ${ctx.approve ? sql`now()` : sql`null`}
      from ${sql.raw(STAGING_TABLE)} order by ord
      on conflict (event_id, (lower(email))) do nothing
      returning id, email
    ), history as (
      insert into participant_status_history (participant_id, from_status, to_status, changed_by, changed_by_name)
      select id, null, 'approved', ${ctx.createdBy}, ${IMPORT_ACTOR_NAME} from inserted where ${ctx.approve}::boolean
      returning id, participant_id
    )
    select inserted.id, inserted.email, history.id as change_id
    from inserted left join history on history.participant_id = inserted.id`);

  if (ctx.sendEmails && inserted.length) await enqueueEmails(tx, ctx, [...inserted]);
  const added = new Set(inserted.map((r) => r.email));
  return new Set(rows.map((r) => r.participant.email).filter((e) => !added.has(e)));
}

/** Approved: participant.approved (ticket + approval email); pending: registration.process (registration received). */
async function enqueueEmails(tx: Tx, ctx: ImportContext, inserted: { id: string; change_id: string | null }[]) {
  if (ctx.approve) {
    await sendJobs(
      tx,
      "participant.approved",
      inserted.map((r) => ({
        participantId: r.id,
        changeId: r.change_id as string /* an approving import writes a history row per participant */,
      })),
    );
  } else {
    await sendJobs(
      tx,
      "registration.process",
      inserted.map((r) => ({ participantId: r.id })),
    );
  }
}

/** Dry run: which of these emails the event already has (nothing is written). */
async function registeredAmong(tx: Tx, eventId: string, rows: (PreparedRow & { kind: "new" })[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const emails = rows.map((r) => r.participant.email);
  const found = await tx.execute<{ email: string }>(sql`
    select lower(email) as email from participants
    where event_id = ${eventId} and lower(email) in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`);
  return new Set(found.map((r) => r.email));
}

function capped(cells: string[]): string[] {
  return cells.slice(0, MAX_RAW_CELLS).map((c) => (c.length > MAX_RAW_CELL_CHARS ? `${c.slice(0, MAX_RAW_CELL_CHARS)}…` : c));
}
