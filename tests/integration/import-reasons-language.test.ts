// Issue 18 on the CSV import: why a row was not imported, and why an import failed, are stored as
// codes and worded in the reader's language — the organizer's dashboard language on the report page,
// in the report CSV and in the progress — while rows and failures stored before the codes (text only)
// still read as they were written.
import { eq, sql } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import participantsImportJob from "@/jobs/participants-import";
import { db } from "@/lib/db/client";
import { getUserLanguage, setUserLanguage } from "@/lib/db/queries/users";
import { operations, participants, uploads } from "@/lib/db/schema";
import { resolveLocale } from "@/lib/i18n/locales";
import { failureText } from "@/lib/imports/import-reason";
import { importFailureOf, importReportRows } from "@/lib/imports/import-report";
import { importReportCsv } from "@/lib/imports/import-report-csv";
import { previewUpload } from "@/lib/imports/preview-upload";
import { startImport } from "@/lib/imports/start-import";
import { importWords } from "@/lib/imports/stored-import-reason";
import { readProgress } from "@/lib/operations/progress";
import type { Question } from "@/lib/questions/definitions";
import { signedInAccount } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { OWNER, operation, startCsvImport, uploadCsv } from "../helpers/imports";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterAll(closeConnections);

const role: Question = {
  id: "role000001",
  key: "role",
  type: "single_choice",
  label: "Role",
  help: "",
  required: true,
  options: [
    { id: "teacher001", label: "Teacher" },
    { id: "student001", label: "Student" },
  ],
};

const CSV = [
  "Email,First name,Last name,Role",
  "ada@example.com,Ada,Lovelace,Teacher",
  "not-an-email,Bad,Email,Teacher",
  "ada@example.com,Ada,Again,Student",
  "bob@example.com,Bob,Builder,Pilot",
  "carol@example.com,,Smith,Teacher",
  "eve@example.com,Eve,Known,Student",
  "wrong,Two,Problems,Pilot",
  "",
].join("\n");

/** An organizer whose dashboard is in this language, and the words their pages and downloads use. */
async function organizerIn(language: "en" | "el") {
  const account = await signedInAccount("organizer", `Organizer ${language}`);
  await setUserLanguage(db(), account.id, language);
  // As userLocale() decides it for their requests: their stored choice.
  return importWords(resolveLocale(await getUserLanguage(db(), account.id)));
}

async function importWithBadRows() {
  const event = await createEvent({ questions: [role] });
  await db().insert(participants).values({ eventId: event.id, firstName: "Eve", lastName: "Before", email: "eve@example.com" });
  const operationId = await startCsvImport(event, CSV);
  await handle(db(), { operationId });
  return { event, operationId };
}

async function reportCsv(operationId: string, words: ReturnType<typeof importWords>) {
  let text = "";
  for await (const part of importReportCsv(operationId, ["Email", "First name", "Last name", "Role"], words)) text += part;
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

describe("an import's bad rows in the reader's language", () => {
  it("words every reason in English for an English dashboard, as the text stored beside the codes", async () => {
    const { operationId } = await importWithBadRows();
    const words = await organizerIn("en");
    const expected = [
      { rowNumber: 3, outcome: "failed", reason: "Enter a valid email address, like name@example.com" },
      { rowNumber: 4, outcome: "skipped", reason: "Same email as row 2" },
      { rowNumber: 5, outcome: "failed", reason: "Role: Choose one of the options listed" },
      { rowNumber: 6, outcome: "failed", reason: "First name is required" },
      { rowNumber: 7, outcome: "skipped", reason: "Already registered for this event" },
      {
        rowNumber: 8,
        outcome: "failed",
        reason: "Enter a valid email address, like name@example.com; Role: Choose one of the options listed",
      },
    ];
    expect(await importReportRows(db(), operationId, 50, words)).toEqual(expected.map((e) => ({ ...e, raw: expect.any(Array) })));
    // The English text column holds the same words, for older readers and as the fallback.
    const stored = await db().execute<{ row_number: number; reason: string; reason_detail: unknown }>(
      sql`select row_number, reason, reason_detail from operation_row_errors where operation_id = ${operationId} order by row_number`,
    );
    expect(stored.map((r) => r.reason)).toEqual(expected.map((e) => e.reason));
    expect(stored[1].reason_detail).toEqual([{ code: "sameEmailAs", row: 2 }]);

    expect(await reportCsv(operationId, words)).toEqual([
      ["Row", "Outcome", "Reason", "Email", "First name", "Last name", "Role"],
      ["3", "Failed", expected[0].reason, "not-an-email", "Bad", "Email", "Teacher"],
      ["4", "Skipped", expected[1].reason, "ada@example.com", "Ada", "Again", "Student"],
      ["5", "Failed", expected[2].reason, "bob@example.com", "Bob", "Builder", "Pilot"],
      ["6", "Failed", expected[3].reason, "carol@example.com", "", "Smith", "Teacher"],
      ["7", "Skipped", expected[4].reason, "eve@example.com", "Eve", "Known", "Student"],
      ["8", "Failed", expected[5].reason, "wrong", "Two", "Problems", "Pilot"],
    ]);
  });

  it("words the same rows in Greek for a Greek dashboard: the page, the CSV's headings, outcomes and reasons", async () => {
    const { operationId } = await importWithBadRows();
    const words = await organizerIn("el");
    const greek = [
      "Γράψτε μια έγκυρη διεύθυνση email, π.χ. onoma@example.com",
      "Ίδιο email με τη γραμμή 2",
      "Role: Επιλέξτε μία από τις επιλογές της λίστας",
      "Το πεδίο «Όνομα» είναι υποχρεωτικό",
      "Έχει ήδη εγγραφεί σε αυτή την εκδήλωση",
      // Two problems apart with the Greek semicolon (άνω τελεία), not ";" (the Greek question mark).
      "Γράψτε μια έγκυρη διεύθυνση email, π.χ. onoma@example.com· Role: Επιλέξτε μία από τις επιλογές της λίστας",
    ];
    expect((await importReportRows(db(), operationId, 50, words)).map((r) => r.reason)).toEqual(greek);
    const csv = await reportCsv(operationId, words);
    expect(csv[0]).toEqual(["Γραμμή", "Αποτέλεσμα", "Αιτία", "Email", "First name", "Last name", "Role"]);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["3", "Απέτυχε", greek[0]],
      ["4", "Παραλείφθηκε", greek[1]],
      ["5", "Απέτυχε", greek[2]],
      ["6", "Απέτυχε", greek[3]],
      ["7", "Παραλείφθηκε", greek[4]],
      ["8", "Απέτυχε", greek[5]],
    ]);
  });

  it("names an unnamed column of the file in the reader's language in the CSV", async () => {
    const { operationId } = await importWithBadRows();
    let text = "";
    for await (const part of importReportCsv(operationId, ["Email", ""], await organizerIn("el"))) text += part;
    expect(Papa.parse<string[]>(text.replace(/^\uFEFF/, "")).data[0]).toEqual(["Γραμμή", "Αποτέλεσμα", "Αιτία", "Email", "Στήλη 2"]);
  });
});

describe("an import's failure in the reader's language", () => {
  it("shows why an import stopped in Greek on the report and in the progress, and in English for an English reader", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, "Email,First name,Last name\nada@example.com,Ada,Lovelace\n");
    const [op] = await db().select().from(operations).where(eq(operations.id, operationId));
    await db()
      .delete(uploads)
      .where(eq(uploads.id, String(op.params.uploadId)));
    await handle(db(), { operationId });

    const failed = await operation(operationId);
    expect(failed).toMatchObject({
      state: "failed",
      error: "The uploaded file is no longer stored. Upload it again.",
      errorDetail: { code: "uploadGone" },
    });
    expect(importFailureOf(failed, await organizerIn("el"))).toBe("Το αρχείο που ανεβάσατε δεν είναι πια αποθηκευμένο. Ανεβάστε το ξανά.");
    expect(importFailureOf(failed, await organizerIn("en"))).toBe("The uploaded file is no longer stored. Upload it again.");
    expect((await readProgress(db(), event.id, operationId, "el"))?.error).toBe(
      "Το αρχείο που ανεβάσατε δεν είναι πια αποθηκευμένο. Ανεβάστε το ξανά.",
    );
  });

  it("words a refusal to start, and the preview's problem, in the reader's language", async () => {
    const event = await createEvent();
    const upload = await uploadCsv(event, "Email,First name,Last name\n");
    const preview = await previewUpload(db(), upload);
    expect(preview.problem).toEqual({ code: "headerNoRows" });
    const refused = await startImport(db(), OWNER, event.id, {
      uploadId: upload.id,
      settings: preview.settings,
      mapping: preview.mapping,
      dryRun: false,
      sendEmails: false,
      requestKey: crypto.randomUUID(),
    });
    if (refused.ok || refused.reason !== "invalid") throw new Error(`expected a refusal, got ${JSON.stringify(refused)}`);
    expect(failureText(refused.problem, importWords("el"))).toBe(
      "Το αρχείο έχει γραμμή επικεφαλίδων αλλά καμία γραμμή συμμετεχόντων από κάτω.",
    );
    expect(failureText(refused.problem, importWords("en"))).toBe("The file has a header row but no participant rows below it.");
  });
});

describe("rows and failures stored before the codes", () => {
  it("show their stored text in every language, as does a code this version does not know", async () => {
    const event = await createEvent();
    const [op] = await db()
      .insert(operations)
      .values({ eventId: event.id, kind: "participants_import", state: "failed", error: "The import stopped after several attempts: boom" })
      .returning();
    await db().execute(sql`
      insert into operation_row_errors (operation_id, row_number, outcome, reason, reason_detail, raw) values
        (${op.id}, 2, 'skipped', 'Same email as row 1', null, '["a@b.gr"]'::jsonb),
        (${op.id}, 3, 'failed', 'Some reason from a later version', '[{"code":"fromTheFuture"}]'::jsonb, null)`);
    for (const language of ["el", "en"] as const) {
      const words = await organizerIn(language);
      expect((await importReportRows(db(), op.id, 50, words)).map((r) => r.reason)).toEqual([
        "Same email as row 1",
        "Some reason from a later version",
      ]);
      expect((await reportCsv(op.id, words)).slice(1).map((r) => r[2])).toEqual([
        "Same email as row 1",
        "Some reason from a later version",
      ]);
      expect(importFailureOf(op, words)).toBe("The import stopped after several attempts: boom");
    }
  });
});
