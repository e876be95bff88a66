// The rows of one import chunk, streamed into a per-connection staging table with COPY (the
// postgres package's COPY FROM STDIN), so the insert into participants is one INSERT … SELECT over
// a plain table instead of a statement that parses a JSON document of the whole chunk.
//
// The table is TEMPORARY and ON COMMIT DELETE ROWS: each connection has its own, it is empty at
// the start of every transaction, and a chunk that rolls back leaves nothing in it.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import type { Tx } from "@/lib/db/client";
import type { Answers } from "@/lib/questions/definitions";
import type { ParticipantInput } from "@/lib/validation/participants";

export const STAGING_TABLE = "import_staging";

/** The postgres.js transaction under a drizzle transaction (drizzle keeps it as session.client). */
function rawSql(tx: Tx): postgres.TransactionSql {
  const client = (tx as unknown as { session?: { client?: postgres.TransactionSql } }).session?.client;
  if (!client || typeof client.unsafe !== "function") throw new Error("copy-staging: not a postgres.js transaction");
  return client;
}

/** COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
export function copyField(value: string | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** The answers as JSON for COPY; null (the column's default, {}) when there are none. */
function answersField(answers: Answers | undefined): string {
  return answers && Object.keys(answers).length ? copyField(JSON.stringify(answers)) : "\\N";
}

/** Puts the participants (ord = their order in the chunk) into the staging table of this transaction. */
export async function copyToStaging(tx: Tx, rows: (ParticipantInput & { answers?: Answers })[]): Promise<void> {
  const sql = rawSql(tx);
  await sql.unsafe(
    `create temporary table if not exists ${STAGING_TABLE} (
       ord int not null, first_name text not null, last_name text not null, email text not null,
       organisation text, phone text, answers jsonb
     ) on commit delete rows`,
  );
  const lines = rows.map(
    (p, ord) =>
      `${ord}\t${copyField(p.firstName)}\t${copyField(p.lastName)}\t${copyField(p.email)}\t${copyField(p.organisation)}\t${copyField(p.phone)}\t${answersField(p.answers)}\n`,
  );
  const writable = await sql
    .unsafe(`copy ${STAGING_TABLE} (ord, first_name, last_name, email, organisation, phone, answers) from stdin`)
    .writable();
  await pipeline(Readable.from([lines.join("")]), writable);
}
