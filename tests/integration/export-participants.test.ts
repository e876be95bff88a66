// The participants CSV export and the import report, streamed from PostgreSQL: BOM, quoting,
// formula neutralising, the semicolon format, the table's filter and order, and batches.
import { sql } from "drizzle-orm";
import Papa from "papaparse";
import postgres from "postgres";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { csvStream } from "@/lib/csv/csv-stream";
import { db } from "@/lib/db/client";
import { checkIns, participants } from "@/lib/db/schema";
import { streamRows } from "@/lib/db/stream-rows";
import { importReportCsv } from "@/lib/imports/import-report-csv";
import { importWords } from "@/lib/imports/stored-import-reason";
import { participantsCsv, type ExportParams } from "@/lib/participants/export-participants-csv";
import type { Question } from "@/lib/questions/definitions";
import participantsImportJob from "@/jobs/participants-import";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addManyParticipants } from "../helpers/participants";
import { startCsvImport } from "../helpers/imports";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterAll(closeConnections);

const all: ExportParams = { sort: "registered", dir: "asc" };

async function collect(parts: AsyncIterable<string>): Promise<{ text: string; parts: number }> {
  let text = "";
  let n = 0;
  for await (const p of parts) {
    text += p;
    n++;
  }
  return { text, parts: n };
}

const parse = (text: string, delimiter = ",") =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, "").replace(/\r\n$/, ""), { delimiter, newline: "\r\n" }).data;

describe("participants export", () => {
  it("writes UTF-8 with a BOM, Greek intact, times in the event's zone, RSVP and check-in, with formulas neutralised", async () => {
    const event = await createEvent({ timeZone: "Europe/Athens" });
    const [p] = await db()
      .insert(participants)
      .values([
        {
          eventId: event.id,
          firstName: "Γιώργος",
          lastName: "Παπαδόπουλος",
          email: "g@example.gr",
          organisation: 'Δήμος "Αθηναίων", Γραφείο',
          phone: "+30 210 1234567",
          status: "approved",
          rsvpAnswer: "attending",
          createdAt: new Date("2026-07-01T09:00:00Z"),
        },
        {
          eventId: event.id,
          firstName: '=HYPERLINK("http://evil")',
          lastName: "@SUM(A1)",
          email: "x@example.com",
          organisation: "-2+3",
          phone: null,
          source: "csv",
          createdAt: new Date("2026-07-02T09:00:00Z"),
        },
      ])
      .returning();
    await db()
      .insert(checkIns)
      .values({ eventId: event.id, participantId: p.id, checkedInAt: new Date("2026-07-10T06:30:00Z") });

    const { text } = await collect(participantsCsv(event, all, "comma"));
    expect(
      text.startsWith(
        "\uFEFFFirst name,Last name,Email,Organisation,Phone,Status,Waitlist position,Seat offered until (Europe/Athens),Source,Registered at (Europe/Athens),RSVP,Checked in at (Europe/Athens)\r\n",
      ),
    ).toBe(true);
    expect(parse(text).slice(1)).toEqual([
      [
        "Γιώργος",
        "Παπαδόπουλος",
        "g@example.gr",
        'Δήμος "Αθηναίων", Γραφείο',
        "'+30 210 1234567",
        "Approved",
        "",
        "",
        "Registration form",
        "2026-07-01 12:00:00",
        "Attending",
        "2026-07-10 09:30:00",
      ],
      [
        '\'=HYPERLINK("http://evil")',
        "'@SUM(A1)",
        "x@example.com",
        "'-2+3",
        "",
        "Pending",
        "",
        "",
        "CSV import",
        "2026-07-02 12:00:00",
        "",
        "",
      ],
    ]);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes each waitlisted or offered participant's place in the queue, and the offer's end in the event's zone", async () => {
    const event = await createEvent();
    const row = (
      firstName: string,
      status: "approved" | "waitlisted" | "offered" | "cancelled",
      joined: string | null,
      createdAt: string,
    ) => ({
      eventId: event.id,
      firstName,
      lastName: "L",
      email: `${firstName.toLowerCase()}@example.com`,
      status,
      waitlistedAt: joined ? new Date(joined) : null,
      offerExpiresAt: status === "offered" ? new Date("2026-07-05T10:00:00Z") : null,
      createdAt: new Date(createdAt),
    });
    // Registered in one order, joined the waitlist in another: the position follows the joining time.
    await db()
      .insert(participants)
      .values([
        row("Seated", "approved", null, "2026-07-01T08:00:00Z"),
        row("Third", "waitlisted", "2026-07-03T08:00:00Z", "2026-07-01T09:00:00Z"),
        row("First", "offered", "2026-07-01T08:00:00Z", "2026-07-01T10:00:00Z"),
        row("Gone", "cancelled", "2026-07-01T07:00:00Z", "2026-07-01T11:00:00Z"),
        row("Second", "waitlisted", "2026-07-02T08:00:00Z", "2026-07-01T12:00:00Z"),
      ]);
    const rows = parse((await collect(participantsCsv(event, all, "comma"))).text);
    expect(rows[0]?.slice(5, 8)).toEqual(["Status", "Waitlist position", "Seat offered until (Europe/Athens)"]);
    expect(rows.slice(1).map((r) => [r[0], r[5], r[6], r[7]])).toEqual([
      ["Seated", "Approved", "", ""],
      ["Third", "Waitlisted", "3", ""],
      ["First", "Waitlisted, seat offered", "1", "2026-07-05 13:00:00"],
      ["Gone", "Cancelled", "", ""],
      ["Second", "Waitlisted", "2", ""],
    ]);
    // The waitlisted filter exports the same positions (derived over the whole event, not the page).
    const waitlisted = parse((await collect(participantsCsv(event, { ...all, status: "waitlisted" }, "comma"))).text);
    expect(waitlisted.slice(1).map((r) => [r[0], r[6]])).toEqual([
      ["Third", "3"],
      ["Second", "2"],
    ]);
  });

  it("writes semicolon-separated CSV for European Excel", async () => {
    const event = await createEvent();
    await db()
      .insert(participants)
      .values({ eventId: event.id, firstName: "Ada; Augusta", lastName: "Lovelace", email: "ada@example.com" });
    const { text } = await collect(participantsCsv(event, all, "semicolon"));
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFFirst name;Last name;Email;Organisation;Phone;Status;Waitlist position;Seat offered until (Europe/Athens);Source;Registered at (Europe/Athens);RSVP;Checked in at (Europe/Athens)",
    );
    expect(parse(text, ";")[1].slice(0, 3)).toEqual(["Ada; Augusta", "Lovelace", "ada@example.com"]);
  });

  it("writes question labels and answers with markup, quotes and formulas as plain, neutralised cells", async () => {
    const markup: Question = {
      id: "markup0001",
      key: "role",
      type: "short_text",
      label: '<b>Role</b> & "title", <i>x</i>',
      help: "",
      required: false,
    };
    const formula: Question = {
      id: "formula001",
      key: "f",
      type: "short_text",
      label: '=HYPERLINK("http://evil","<b>x</b>")',
      help: "",
      required: false,
    };
    const removed: Question = { ...markup, id: "removed001", key: "old", label: "@SUM(<script>)", removed: true };
    const event = await createEvent({ questions: [markup, formula, removed] });
    await db()
      .insert(participants)
      .values({
        eventId: event.id,
        firstName: "Ada",
        lastName: "Lovelace",
        email: "ada@example.com",
        answers: { [markup.id]: '<b>x</b> & "y"', [formula.id]: "+1<i>", [removed.id]: "<script>alert(1)</script>" },
      });
    for (const format of ["comma", "semicolon"] as const) {
      const { text } = await collect(participantsCsv(event, all, format));
      const [header, row] = parse(text, format === "comma" ? "," : ";");
      expect(header.slice(-3)).toEqual([
        '<b>Role</b> & "title", <i>x</i>',
        '\'=HYPERLINK("http://evil","<b>x</b>")',
        "'@SUM(<script>) (removed question)",
      ]);
      expect(row.slice(-3)).toEqual(['<b>x</b> & "y"', "'+1<i>", "<script>alert(1)</script>"]);
      // Written as text: no entity escaping that a spreadsheet would show literally.
      expect(text).not.toContain("&amp;");
      expect(text).not.toContain("&lt;");
    }
  });

  it("exports only what the table's filter matches, in its order", async () => {
    const event = await createEvent();
    const other = await createEvent();
    await db()
      .insert(participants)
      .values([
        { eventId: event.id, firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", status: "approved" },
        { eventId: event.id, firstName: "Alan", lastName: "Turing", email: "alan@example.com", status: "pending" },
        { eventId: event.id, firstName: "Grace", lastName: "Hopper", email: "grace@navy.example", status: "approved", source: "csv" },
        { eventId: other.id, firstName: "Other", lastName: "Event", email: "ada2@example.com", status: "approved" },
      ]);
    const emails = async (params: ExportParams) =>
      parse((await collect(participantsCsv(event, params, "comma"))).text)
        .slice(1)
        .map((r) => r[2]);
    expect(await emails({ ...all, status: "approved", sort: "name", dir: "asc" })).toEqual(["grace@navy.example", "ada@example.com"]);
    expect(await emails({ ...all, q: "ADA" })).toEqual(["ada@example.com"]);
    expect(await emails({ ...all, source: "csv" })).toEqual(["grace@navy.example"]);
    expect(await emails({ ...all, sort: "email", dir: "desc" })).toEqual(["grace@navy.example", "alan@example.com", "ada@example.com"]);
  });

  it("streams a large event in batches, every participant once", async () => {
    const event = await createEvent();
    await addManyParticipants(event.id, 5000);
    const { text, parts } = await collect(participantsCsv(event, all, "comma", 500));
    const rows = parse(text).slice(1);
    expect(rows).toHaveLength(5000);
    expect(new Set(rows.map((r) => r[2])).size).toBe(5000);
    expect(parts).toBe(1 + 10); // the header, then one part per batch of 500
  });

  it("frees its database connection when the download stops early", async () => {
    const event = await createEvent();
    await addManyParticipants(event.id, 3000);
    const single = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      for await (const batch of streamRows(sql`select * from participants where event_id = ${event.id}`, 100, single)) {
        expect(batch).toHaveLength(100);
        break;
      }
      // With its only connection still held by the cursor, this would wait forever.
      const [{ one }] = await Promise.race([
        single`select 1 as one`,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("connection still held")), 5000)),
      ]);
      expect(one).toBe(1);
    } finally {
      await single.end();
    }
  });

  it("stops reading when the response body is cancelled", async () => {
    const event = await createEvent();
    await addManyParticipants(event.id, 3000);
    const reader = csvStream(participantsCsv(event, all, "comma", 100)).getReader();
    const first = await reader.read();
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(first.value)).toMatch(/^\uFEFFFirst name/);
    await reader.cancel();
    expect((await reader.read()).done).toBe(true);
    // The cursor's transaction is gone: nothing holds a lock on the table any more.
    await db().transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '2s'`);
      await tx.execute(sql`lock table participants in access exclusive mode`);
    });
  });
});

describe("import report", () => {
  it("lists every row not imported with row number, outcome and reason, then the row under the file's own headers", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(
      event,
      "Email,Όνομα,Επώνυμο\nada@example.com,Ada,Lovelace\nada@example.com,Ada,Again\nbad,\"=cmd|' /C calc'!A0\",X\n",
    );
    await handle(db(), { operationId });
    const { text } = await collect(importReportCsv(operationId, ["Email", "Όνομα", "Επώνυμο"], importWords("en")));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parse(text)).toEqual([
      ["Row", "Outcome", "Reason", "Email", "Όνομα", "Επώνυμο"],
      ["3", "Skipped", "Same email as row 2", "ada@example.com", "Ada", "Again"],
      ["4", "Failed", "Enter a valid email address, like name@example.com", "bad", "'=cmd|' /C calc'!A0", "X"],
    ]);
  });
});
