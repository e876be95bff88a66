// The participants.import job's work: read the stored file as a stream (slices → decoder → CSV
// records), check each row by the public form's rules and commit it in chunks (commit-import-chunk).
// A first pass counts the rows (the progress bar's total) and finds a file that cannot be read
// before anything is written. A rerun after a crash reads the rows up to the operation's cursor only
// to remember their emails (for "same email as row N") and continues after it.
import { eq, sql } from "drizzle-orm";
import iconv from "iconv-lite";
import type { Db } from "@/lib/db/client";
import { events, operations, uploads, type Operation } from "@/lib/db/schema";
import { notTextReason } from "./check-text-file";
import { ChunkPipeline } from "./chunk-pipeline";
import type { ImportContext, PreparedRow } from "./commit-import-chunk";
import { csvRecords, isBlankRecord } from "./csv-rows";
import { ImportInputError } from "./import-input-error";
import { importParamsSchema, type ImportParams } from "./import-settings";
import { failOperation } from "@/lib/operations/fail-operation";
import { CHUNK_ROWS, READ_SLICE_BYTES } from "./limits";
import { readUploadStart, uploadSlices } from "./read-upload";
import { type AnswersOutcome, questionReader } from "./question-columns";
import { rowToParticipant } from "./row-to-participant";
import { storedFailure } from "./stored-import-reason";
import { activeQuestions } from "@/lib/questions/definitions";

export type RunImportOptions = {
  chunkRows?: number;
  sliceBytes?: number;
  /** Called after each committed chunk: tests stop a run here to simulate a crash. */
  afterChunk?: (chunksCommitted: number) => void | Promise<void>;
};

export async function runImport(db: Db, operationId: string, options: RunImportOptions = {}): Promise<void> {
  const [op] = await db.select().from(operations).where(eq(operations.id, operationId));
  if (op?.kind !== "participants_import" || op.state !== "running") return;
  try {
    await importRows(db, op, options);
  } catch (err) {
    if (!(err instanceof ImportInputError)) throw err;
    await failOperation(db, op.id, storedFailure(err.failure));
  }
}

async function importRows(db: Db, op: Operation, options: RunImportOptions): Promise<void> {
  const parsed = importParamsSchema.safeParse(op.params);
  if (!parsed.success) throw new ImportInputError({ code: "settingsIncomplete" });
  const params = parsed.data;
  if (params.mapping.email === null) throw new ImportInputError({ code: "noEmailColumn" });

  const [upload] = await db.select({ id: uploads.id, size: uploads.size }).from(uploads).where(eq(uploads.id, params.uploadId));
  if (!upload) throw new ImportInputError({ code: "uploadGone" });
  const [event] = await db
    .select({ approvalMode: events.approvalMode, questions: events.questions })
    .from(events)
    .where(eq(events.id, op.eventId));
  if (!event) return; // deleted with its operations meanwhile
  const asked = new Set(activeQuestions(event.questions).map((q) => q.id));
  if (Object.keys(params.questionColumns).some((id) => !asked.has(id))) throw new ImportInputError({ code: "questionRemoved" });
  // Built once: the public form's schema for the mapped questions, run on each row with no query.
  const readAnswers = questionReader(event.questions, params.questionColumns);
  await db.execute(sql`update operations set started_at = coalesce(started_at, now()) where id = ${op.id}`);

  if (upload.size === 0) throw new ImportInputError({ code: "fileEmpty" });
  const start = (await readUploadStart(db, upload.id)) ?? Buffer.alloc(0);
  const notText = notTextReason(start, params.encoding, iconv.getDecoder(params.encoding).write(start));
  if (notText) throw new ImportInputError(notText);

  const records = () =>
    csvRecords(uploadSlices(db, upload.id, upload.size, options.sliceBytes ?? READ_SLICE_BYTES), {
      encoding: params.encoding,
      delimiter: params.delimiter,
    });
  if (op.total === 0 && op.cursor === 0) await countRows(db, op.id, params, records());

  const ctx: ImportContext = {
    operationId: op.id,
    eventId: op.eventId,
    approve: event.approvalMode === "automatic",
    dryRun: params.dryRun,
    sendEmails: params.sendEmails,
    createdBy: op.createdBy,
  };
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const seen = new Map<string, number>();
  const commits = new ChunkPipeline(db, ctx, op.cursor, options.afterChunk);
  let chunk: PreparedRow[] = [];
  let lastRow = op.cursor;

  try {
    for await (const { rowNumber, cells } of records()) {
      if (rowNumber <= params.headerRow || isBlankRecord(cells)) {
        lastRow = Math.max(lastRow, rowNumber);
        continue;
      }
      const row = prepare(rowNumber, cells, params, seen, readAnswers);
      if (rowNumber <= op.cursor) continue; // committed by an earlier run: only its email mattered
      chunk.push(row);
      lastRow = rowNumber;
      if (chunk.length >= chunkRows) {
        if (!(await commits.add(chunk, lastRow, false))) return;
        chunk = [];
      }
    }
    await commits.add(chunk, lastRow, true);
  } finally {
    // Never leave a chunk's transaction running behind a failure: wait for it to end either way.
    await commits.settle();
  }
}

function prepare(
  rowNumber: number,
  cells: string[],
  params: ImportParams,
  seen: Map<string, number>,
  readAnswers: (cells: string[]) => AnswersOutcome,
): PreparedRow {
  const outcome = rowToParticipant(cells, params.mapping);
  const answers = readAnswers(cells);
  if (!outcome.ok || !answers.ok) {
    const problems = [...(outcome.ok ? [] : outcome.problems), ...(answers.ok ? [] : answers.problems)];
    return { rowNumber, cells, kind: "invalid", problems };
  }
  const firstRow = seen.get(outcome.participant.email);
  if (firstRow !== undefined) return { rowNumber, cells, kind: "duplicate", firstRow };
  // A copy: the parsed value may be a slice of a whole megabyte of decoded text, which the map would
  // then keep alive for the rest of the import.
  seen.set(copyString(outcome.participant.email), rowNumber);
  return { rowNumber, cells, kind: "new", participant: { ...outcome.participant, answers: answers.answers } };
}

function copyString(s: string): string {
  // Concatenating and slicing makes V8 flatten the value into a string of its own.
  return ` ${s}`.slice(1);
}

/** The number of participant rows (the total), or a clear failure when there are none. */
async function countRows(
  db: Db,
  operationId: string,
  params: ImportParams,
  records: AsyncIterable<{ rowNumber: number; cells: string[] }>,
) {
  let total = 0;
  let lastRecord = 0;
  let blank = 0;
  for await (const { rowNumber, cells } of records) {
    lastRecord = rowNumber;
    if (isBlankRecord(cells)) blank++;
    else if (rowNumber > params.headerRow) total++;
  }
  if (total === 0) {
    if (lastRecord === blank) throw new ImportInputError({ code: "noRowsBlank" });
    if (params.headerRow > 0) throw new ImportInputError({ code: "headerNoRows" });
    throw new ImportInputError({ code: "noRows" });
  }
  await db.execute(sql`update operations set total = ${total}::int where id = ${operationId} and state = 'running'`);
}
