// participants.import on files as spreadsheets write them: every encoding, separator and quirk the
// issue lists, each imported through the real job against PostgreSQL.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runImport } from "@/lib/imports/run-import";
import participantsImportJob from "@/jobs/participants-import";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { encode, importedOf, operation, rowErrors, startCsvImport } from "../helpers/imports";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterAll(closeConnections);

const greekRows = [
  ["Γιώργος", "Παπαδόπουλος", "giorgos@example.gr", "Δήμος Αθηναίων", "+30 210 1234567"],
  ["Ελένη", "Οικονόμου", "eleni@example.gr", "Πανεπιστήμιο Πατρών", ""],
];
const westernRows = [
  ["José", "Müller", "jose@example.com", "Société Générale", ""],
  ["Åsa", "Ørsted", "asa@example.com", "Café Zürich", "+45 12 34 56 78"],
];

function csv(header: string[], rows: string[][], delimiter = ",", newline = "\r\n") {
  return [header, ...rows].map((r) => r.join(delimiter)).join(newline) + newline;
}

async function importAndRun(content: Buffer | string, opts: Parameters<typeof startCsvImport>[2] = {}) {
  const event = await createEvent();
  const operationId = await startCsvImport(event, content, opts);
  await handle(db(), { operationId });
  return { event, op: await operation(operationId), imported: await importedOf(event.id), errors: await rowErrors(operationId) };
}

const names = (rows: { first_name: string; last_name: string; email: string }[]) => rows.map((r) => [r.first_name, r.last_name, r.email]);

describe("importing real files", () => {
  it("reads UTF-8 with a byte-order mark (Excel's “CSV UTF-8”) with Greek names", async () => {
    const { op, imported } = await importAndRun(encode(csv(["Όνομα", "Επώνυμο", "Email", "Φορέας", "Τηλέφωνο"], greekRows), "utf-8", true));
    expect(op).toMatchObject({ state: "completed", total: 2, processed: 2, succeeded: 2, failed: 0, skipped: 0 });
    expect(op.finishedAt).toBeInstanceOf(Date);
    expect(imported).toEqual(
      expect.arrayContaining([
        {
          first_name: "Γιώργος",
          last_name: "Παπαδόπουλος",
          email: "giorgos@example.gr",
          organisation: "Δήμος Αθηναίων",
          phone: "+30 210 1234567",
          status: "pending",
          source: "csv",
        },
        {
          first_name: "Ελένη",
          last_name: "Οικονόμου",
          email: "eleni@example.gr",
          organisation: "Πανεπιστήμιο Πατρών",
          phone: null,
          status: "pending",
          source: "csv",
        },
      ]),
    );
  });

  it("reads UTF-8 without a byte-order mark", async () => {
    const { imported } = await importAndRun(
      csv(
        ["First name", "Last name", "Email"],
        greekRows.map((r) => r.slice(0, 3)),
        ",",
        "\n",
      ),
    );
    expect(names(imported).sort()).toEqual(
      [
        ["Γιώργος", "Παπαδόπουλος", "giorgos@example.gr"],
        ["Ελένη", "Οικονόμου", "eleni@example.gr"],
      ].sort(),
    );
  });

  it("reads UTF-16 LE with a byte-order mark, tab-separated (Excel's “Unicode text”)", async () => {
    const { op, imported } = await importAndRun(
      encode(
        csv(
          ["First Name", "Surname", "E-mail"],
          greekRows.map((r) => r.slice(0, 3)),
          "\t",
        ),
        "utf-16le",
        true,
      ),
    );
    expect(op.params).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(names(imported).sort()).toEqual(
      [
        ["Γιώργος", "Παπαδόπουλος", "giorgos@example.gr"],
        ["Ελένη", "Οικονόμου", "eleni@example.gr"],
      ].sort(),
    );
  });

  it("reads Windows-1252 with Western accents", async () => {
    const { op, imported } = await importAndRun(
      encode(csv(["First name", "Last name", "Email", "Company", "Phone"], westernRows), "windows-1252"),
    );
    expect(op.params).toMatchObject({ encoding: "windows-1252" });
    expect(imported.map((r) => [r.first_name, r.last_name, r.organisation]).sort()).toEqual(
      [
        ["José", "Müller", "Société Générale"],
        ["Åsa", "Ørsted", "Café Zürich"],
      ].sort(),
    );
  });

  it("reads a Greek file in Windows-1253, semicolon-separated (Greek Excel's “CSV”)", async () => {
    const { op, imported } = await importAndRun(
      encode(csv(["Όνομα", "Επώνυμο", "Ηλεκτρονικό ταχυδρομείο", "Οργανισμός", "Κινητό"], greekRows, ";"), "windows-1253"),
    );
    expect(op.params).toMatchObject({ encoding: "windows-1253", delimiter: ";", headerRow: 1 });
    expect(op).toMatchObject({ state: "completed", succeeded: 2 });
    expect(imported.map((r) => [r.first_name, r.last_name, r.organisation]).sort()).toEqual(
      [
        ["Γιώργος", "Παπαδόπουλος", "Δήμος Αθηναίων"],
        ["Ελένη", "Οικονόμου", "Πανεπιστήμιο Πατρών"],
      ].sort(),
    );
  });

  it("reads quoted fields holding commas, doubled quotes and line breaks, with CRLF", async () => {
    const text =
      "First name,Last name,Email,Organisation\r\n" +
      '"Ada","Lovelace, Countess","ada@example.com","Analytical ""Engines"", Ltd"\r\n' +
      '"Grace","Hopper","grace@example.com","US Navy\r\nReserve"\r\n';
    const { imported, op } = await importAndRun(text);
    expect(op).toMatchObject({ state: "completed", succeeded: 2 });
    expect(imported.map((r) => [r.last_name, r.organisation]).sort()).toEqual(
      [
        ["Hopper", "US Navy\r\nReserve"],
        ["Lovelace, Countess", 'Analytical "Engines", Ltd'],
      ].sort(),
    );
  });

  it("skips blank lines and separator-only rows, ignores trailing empty and extra columns, and numbers rows as the file does", async () => {
    const text =
      "Email,First name,Last name,Notes,,,\n" +
      "\n" +
      "ada@example.com,Ada,Lovelace,likes engines,,,\n" +
      ",,,,,,\n" +
      "   \n" +
      "bad-address,Alan,Turing,,,,\n" +
      "grace@example.com,Grace,Hopper,,,,extra,columns,here\n" +
      "\n";
    const { op, imported, errors } = await importAndRun(text);
    expect(op).toMatchObject({ state: "completed", total: 3, processed: 3, succeeded: 2, failed: 1, skipped: 0 });
    expect(imported.map((r) => r.email).sort()).toEqual(["ada@example.com", "grace@example.com"]);
    expect(errors).toEqual([{ row: 6, outcome: "failed", reason: "Enter a valid email address, like name@example.com" }]);
  });

  it("normalises emails written with spaces and upper case", async () => {
    const { imported } = await importAndRun(
      "Email,First name,Last name\n  ADA@Example.COM ,Ada,Lovelace\nalan @ example.com,Alan,Turing\n",
    );
    expect(imported.map((r) => r.email).sort()).toEqual(["ada@example.com", "alan@example.com"]);
  });

  it("splits a full name column, and follows a mapping the organizer changed", async () => {
    const text = 'Participant,Contact,Employer\nAda Lovelace,ada@example.com,Engines\n"Hopper, Grace",grace@example.com,Navy\n';
    const { imported } = await importAndRun(text, { mapping: { organisation: null } });
    expect(imported.map((r) => [r.first_name, r.last_name, r.organisation]).sort()).toEqual([
      ["Ada", "Lovelace", null],
      ["Grace", "Hopper", null],
    ]);
  });

  it("reads a file with no header row when told so", async () => {
    const { imported, op } = await importAndRun("Ada,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\n", {
      mapping: { firstName: 0, lastName: 1, email: 2 },
    });
    expect(op.params).toMatchObject({ headerRow: 0 });
    expect(imported).toHaveLength(2);
  });

  it("reads the same rows whatever size the slices are cut at (characters, quotes and line breaks split between slices)", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Ελένη ${i}`, `"Οικονόμου, ""${i}""\nΑθήνα"`, `eleni${i}@example.gr`]);
    const text = `\uFEFFΌνομα,Επώνυμο,Email\r\n${rows.map((r) => r.join(",")).join("\r\n")}\r\n`;
    for (const [encoding, bom] of [
      ["utf-8", true],
      ["utf-16le", true],
      ["windows-1253", false],
    ] as const) {
      const event = await createEvent();
      const operationId = await startCsvImport(event, encode(bom ? text : text.slice(1), encoding, false));
      // 7-byte slices cut through multi-byte characters, quoted fields and CRLF pairs; 6-row chunks.
      await runImport(db(), operationId, { sliceBytes: 7, chunkRows: 6 });
      const op = await operation(operationId);
      expect(op, encoding).toMatchObject({ state: "completed", total: 40, succeeded: 40 });
      const imported = await importedOf(event.id);
      expect(imported.find((r) => r.email === "eleni7@example.gr")?.last_name, encoding).toBe('Οικονόμου, "7"\nΑθήνα');
    }
  });

  it("stores text that COPY's format escapes (backslashes, a literal \\N, tabs, line breaks in a quoted cell) exactly", async () => {
    const content = [
      "First name,Last name,Email,Organisation",
      'Back\\slash,O\\N,back@example.org,"C:\\temp\\new\\N"',
      'Tab,Person,tab@example.org,"Left\tRight"',
      'Line,Break,line@example.org,"First line\r\nsecond line"',
    ].join("\r\n");
    const { op, imported } = await importAndRun(content);
    expect(op).toMatchObject({ state: "completed", succeeded: 3, failed: 0, skipped: 0 });
    const byEmail = new Map(imported.map((r) => [r.email, r]));
    expect(byEmail.get("back@example.org")).toMatchObject({
      first_name: "Back\\slash",
      last_name: "O\\N",
      organisation: "C:\\temp\\new\\N",
    });
    expect(byEmail.get("tab@example.org")?.organisation).toBe("Left\tRight");
    expect(byEmail.get("line@example.org")?.organisation).toMatch(/^First line\s+second line$/);
  });
});
