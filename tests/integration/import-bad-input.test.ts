// participants.import on input that must not break it: every case ends the operation as completed
// (with the bad rows reported) or failed with a message that says what to do, never "running", and
// the handler returns normally (a problem with the file is not retried).
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { previewUpload } from "@/lib/imports/preview-upload";
import { startImport } from "@/lib/imports/start-import";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import participantsImportJob from "@/jobs/participants-import";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { encode, importedOf, operation, OWNER, rowErrors, startCsvImport, uploadCsv } from "../helpers/imports";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterAll(closeConnections);

/** Start an import with settings chosen as if by hand (the preview refuses these files). */
async function forceImport(
  content: Buffer | string,
  mapping = { email: 0, firstName: 1, lastName: 2, fullName: null, organisation: null, phone: null },
) {
  const event = await createEvent();
  const upload = await uploadCsv(event, content);
  const [op] = await db().execute<{ id: string }>(sql`
    insert into operations (event_id, kind, params, created_by)
    values (${event.id}, 'participants_import', ${JSON.stringify({
      uploadId: upload.id,
      filename: "x.csv",
      encoding: "utf-8",
      delimiter: ",",
      headerRow: 1,
      mapping,
      dryRun: false,
      sendEmails: false,
      columns: [],
    })}::jsonb, ${OWNER.id}) returning id`);
  await handle(db(), { operationId: op.id });
  return { event, op: await operation(op.id) };
}

describe("bad input", () => {
  it("fails an empty file with a message", async () => {
    const { op } = await forceImport("");
    expect(op).toMatchObject({ state: "failed", error: "The file is empty.", processed: 0 });
    expect(op.finishedAt).toBeInstanceOf(Date);
  });

  it("fails a file with headers only, and one with only empty lines", async () => {
    expect((await forceImport("Email,First name,Last name\r\n")).op).toMatchObject({
      state: "failed",
      error: "The file has a header row but no participant rows below it.",
    });
    expect((await forceImport("\r\n\r\n,,\r\n")).op).toMatchObject({ state: "failed", error: expect.stringContaining("no rows") });
  });

  it("fails a binary file renamed .csv, and names a workbook for what it is", async () => {
    const binary = Buffer.concat([Buffer.from("Email,Name\n"), randomBytes(50_000), Buffer.from([0, 0, 0])]);
    const { op, event } = await forceImport(binary);
    expect(op).toMatchObject({ state: "failed", error: expect.stringContaining("binary data") });
    expect(await importedOf(event.id)).toEqual([]);
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(1000)]);
    expect((await forceImport(xlsx)).op).toMatchObject({ state: "failed", error: expect.stringContaining("Excel workbook") });
  });

  it("refuses to start a file whose header has no email column, and fails one started without it", async () => {
    const event = await createEvent();
    const content = "First name,Last name,Organisation\nAda,Lovelace,Engines\n";
    const upload = await uploadCsv(event, content);
    const preview = await previewUpload(db(), upload);
    expect(preview.mapping.email).toBeNull();
    // The start action's schema refuses a mapping without email (import-settings); the use-case is
    // reached only with a valid mapping. An operation stored without one still ends clearly:
    const { op } = await forceImport(content, {
      email: null as unknown as number,
      firstName: 0,
      lastName: 1,
      fullName: null,
      organisation: null,
      phone: null,
    });
    expect(op).toMatchObject({ state: "failed", error: expect.stringMatching(/settings|email/) });
    const refused = await startImport(db(), OWNER, event.id, {
      uploadId: upload.id,
      settings: preview.settings,
      mapping: preview.mapping,
      dryRun: false,
      sendEmails: false,
      requestKey: randomUUID(),
    });
    expect(refused).toEqual({ ok: false, reason: "invalid", problem: { code: "chooseEmailColumn" } });
    const started = await startImport(db(), OWNER, event.id, {
      uploadId: upload.id,
      settings: preview.settings,
      mapping: { ...preview.mapping, email: 5 },
      dryRun: false,
      sendEmails: false,
      requestKey: randomUUID(),
    });
    expect(started).toEqual({ ok: false, reason: "invalid", problem: { code: "columnNotInFile" } });
  });

  it("fails a 20 MB line without a line break, keeping memory to one row's limit", async () => {
    const line = Buffer.alloc(MAX_UPLOAD_BYTES - 100, "a");
    const { op } = await forceImport(Buffer.concat([Buffer.from("Email,First name,Last name\n"), line]));
    expect(op).toMatchObject({ state: "failed", error: expect.stringMatching(/^Row 2 is longer than 1 MB/) });
  });

  it("fails a file whose quote is never closed, naming the row where it opens, before importing anything", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@example.com,First,Last`).join("\n");
    const small = await forceImport(`Email,First name,Last name\nok@example.com,Ok,Row\na@example.com,"Unclosed,Last\n${rows(100)}\n`);
    expect(small.op).toMatchObject({ state: "failed", error: expect.stringMatching(/^Row 3 has a quote \("\) that is never closed/) });
    expect(await importedOf(small.event.id)).toEqual([]);
    // Longer than a row may be: stopped as soon as the unfinished row passes the limit.
    const large = await forceImport(`Email,First name,Last name\na@example.com,"Unclosed,Last\n${rows(60_000)}\n`);
    expect(large.op).toMatchObject({ state: "failed", error: expect.stringMatching(/^Row 2 is longer than 1 MB/) });
  });

  it("imports rows with 1,000 columns, ignoring the extra ones", async () => {
    const extra = Array.from({ length: 997 }, (_, i) => `x${i}`);
    const text = [
      ["Email", "First name", "Last name", ...extra.map((_, i) => `Col ${i}`)],
      ["ada@example.com", "Ada", "Lovelace", ...extra],
      ["bad", "B", "C", ...extra],
    ]
      .map((r) => r.join(","))
      .join("\n");
    const event = await createEvent();
    const operationId = await startCsvImport(event, text);
    await handle(db(), { operationId });
    expect(await operation(operationId)).toMatchObject({ state: "completed", succeeded: 1, failed: 1 });
    const [error] = await db().execute<{ raw: string[] }>(sql`select raw from operation_row_errors where operation_id = ${operationId}`);
    expect(error.raw).toHaveLength(100); // the report keeps a capped copy of the row
  });

  it("reports each invalid row with the form's reason and imports the rest", async () => {
    const long = "x".repeat(101);
    const text = [
      "Email,First name,Last name,Phone",
      "ada@example.com,Ada,Lovelace,+30 210 1234567",
      "no-at-sign,Alan,Turing,",
      ",Grace,Hopper,",
      `long@example.com,${long},Name,`,
      "phone@example.com,Bad,Phone,call me maybe",
      "ctrl@example.com,Bell\u0007,Char,",
    ].join("\n");
    const event = await createEvent();
    const operationId = await startCsvImport(event, text);
    await handle(db(), { operationId });
    expect(await operation(operationId)).toMatchObject({ state: "completed", total: 6, processed: 6, succeeded: 1, failed: 5 });
    expect(await rowErrors(operationId)).toEqual([
      { row: 3, outcome: "failed", reason: "Enter a valid email address, like name@example.com" },
      { row: 4, outcome: "failed", reason: "Email is required" },
      { row: 5, outcome: "failed", reason: "First name must be at most 100 characters" },
      { row: 6, outcome: "failed", reason: "Enter a phone number using digits, spaces and + - ( )" },
      { row: 7, outcome: "failed", reason: "First name contains characters that are not allowed" },
    ]);
  });

  it("reads a Greek Windows-1253 file chosen as UTF-8 by mistake without crashing, failing its unreadable rows", async () => {
    const bytes = encode("Email,Όνομα,Επώνυμο\ngiorgos@example.gr,Γιώργος,Παπαδόπουλος\nplain@example.com,Plain,Ascii\n", "windows-1253");
    const event = await createEvent();
    const operationId = await startCsvImport(event, bytes, {
      settings: { encoding: "utf-8" },
      mapping: { email: 0, firstName: 1, lastName: 2 },
    });
    await handle(db(), { operationId });
    expect(await operation(operationId)).toMatchObject({ state: "completed", succeeded: 1, failed: 1 });
    expect((await rowErrors(operationId))[0].reason).toContain("encoding");
  });
});
