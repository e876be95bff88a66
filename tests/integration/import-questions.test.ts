// The CSV import with the event's registration questions: columns suggested from headings (English
// and Greek, accents and case ignored), every answer type read by the public form's schema (labels or
// ids for choices, yes/no words in both languages, d/m/yyyy dates, decimal commas), bad values as
// row errors beside the rows that import, and answers then written in each reader's language in
// emails, certificates and the export.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import participantsImportJob from "@/jobs/participants-import";
import { certificateBody } from "@/lib/certificates/render-certificate";
import { defaultSettings } from "@/lib/certificates/load-settings";
import { db } from "@/lib/db/client";
import { eventEmailTemplates, participants, type Event } from "@/lib/db/schema";
import { composeEmail } from "@/lib/email/compose-email";
import { previewUpload } from "@/lib/imports/preview-upload";
import { requiredUnmapped, suggestQuestionColumns, takenColumns } from "@/lib/imports/question-columns";
import { runImport } from "@/lib/imports/run-import";
import { startImport } from "@/lib/imports/start-import";
import { participantsCsv } from "@/lib/participants/export-participants-csv";
import type { Question } from "@/lib/questions/definitions";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { operation, OWNER, rowErrors, startCsvImport, uploadCsv } from "../helpers/imports";
import { handlerOf } from "../helpers/run-job";
import { expectSeatCountersRight } from "../helpers/seats";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

const q = (id: string, type: Question["type"], label: string, key: string, extra: Partial<Question> = {}): Question => ({
  id,
  key,
  type,
  label,
  help: "",
  required: false,
  ...extra,
});

const role = q("role000001", "single_choice", "Role", "role", {
  required: true,
  options: [
    { id: "teacher001", label: "Teacher" },
    { id: "student001", label: "Student" },
  ],
});
const diet = q("diet000001", "multiple_choice", "Dietary needs", "diet", {
  options: [
    { id: "vegan00001", label: "Vegan" },
    { id: "gluten0001", label: "No gluten" },
  ],
});
const photos = q("photos0001", "yes_no", "Photos OK?", "photos");
const born = q("born000001", "date", "Date of birth", "birth_date");
const years = q("years00001", "number", "Years of experience", "years", { min: 0, max: 60 });
const country = q("country001", "country", "Country", "country");
const bio = q("bio0000001", "long_text", "About you", "bio");
const idNumber = q("idnum00001", "short_text", "ID number", "id_number");
const work = q("work000001", "email", "Work email", "work_email");
const mobile = q("mobile0001", "phone", "SMS number", "sms");
const allTypes = [role, diet, photos, born, years, country, bio, idNumber, work, mobile];

async function run(operationId: string) {
  await handle(db(), { operationId });
  return operation(operationId);
}

async function answersOf(event: Event) {
  const rows = await db()
    .select({ email: participants.email, answers: participants.answers })
    .from(participants)
    .where(eq(participants.eventId, event.id));
  return Object.fromEntries(rows.map((r) => [r.email, r.answers]));
}

describe("importing answers to the event's questions", () => {
  it("suggests columns from headings that name a question's label or key, and reads every type", async () => {
    const event = await createEvent({ questions: allTypes });
    const csv = [
      "Email,First name,Last name,role,DIETARY NEEDS,Photos OK,birth_date,Years of Experience,Country,About you,ID Number,Work email,SMS",
      'ada@example.com,Ada,Lovelace,teacher,"Vegan; No gluten",yes,31/12/1990,"3,5",GR,"Line one, line two",AB 123,ADA@Work.example,+30 210 1234567',
      "alan@example.com,Alan,Turing,student001,vegan,0,1912-06-23,12,united kingdom,,,,",
      "grace@example.com,Grace,Hopper,Teacher,,TRUE,1.2.1906,1.234,France,,,,",
    ].join("\n");
    const upload = await uploadCsv(event, csv);
    const preview = await previewUpload(db(), upload);
    const suggested = suggestQuestionColumns(preview.header, event.questions, takenColumns(preview.mapping));
    expect(suggested).toEqual({
      [role.id]: 3,
      [diet.id]: 4,
      [photos.id]: 5,
      [born.id]: 6,
      [years.id]: 7,
      [country.id]: 8,
      [bio.id]: 9,
      [idNumber.id]: 10,
      [work.id]: 11,
      [mobile.id]: 12,
    });

    const op = await run(await startCsvImport(event, csv));
    expect(op).toMatchObject({ state: "completed", succeeded: 3, failed: 0 });
    expect(await answersOf(event)).toEqual({
      "ada@example.com": {
        [role.id]: "teacher001",
        [diet.id]: ["vegan00001", "gluten0001"],
        [photos.id]: true,
        [born.id]: "1990-12-31",
        [years.id]: 3.5,
        [country.id]: "GR",
        [bio.id]: "Line one, line two",
        [idNumber.id]: "AB 123",
        [work.id]: "ada@work.example",
        [mobile.id]: "+30 210 1234567",
      },
      "alan@example.com": {
        [role.id]: "student001",
        [diet.id]: ["vegan00001"],
        [photos.id]: false,
        [born.id]: "1912-06-23",
        [years.id]: 12,
        [country.id]: "GB",
      },
      // "1.234" has one separator: a decimal point, so 1.234 (and out of range it would be refused).
      "grace@example.com": { [role.id]: "teacher001", [photos.id]: true, [born.id]: "1906-02-01", [years.id]: 1.234, [country.id]: "FR" },
    });
  });

  it("reports a bad value as the row's error, with the question, and imports the other rows", async () => {
    const event = await createEvent({ questions: allTypes });
    const csv = [
      "Email,First name,Last name,Role,Dietary needs,Photos OK?,Date of birth,Years of experience,Country,Work email,SMS number",
      "ok@example.com,Ok,Row,Student,,no,,,,,",
      "a@example.com,Bad,Choice,Pilot,,,,,,,",
      "b@example.com,Bad,Many,Teacher,Vegan; Carnivore,,,,,,",
      "c@example.com,Bad,Yes,Teacher,,maybe,,,,,",
      "d@example.com,Bad,Date,Teacher,,,31/02/1990,,,,",
      "e@example.com,Bad,Number,Teacher,,,,about ten,,,",
      "f@example.com,Bad,Range,Teacher,,,,75,,,",
      "g@example.com,Bad,Country,Teacher,,,,,Atlantis,,",
      "h@example.com,Bad,Email,Teacher,,,,,,not-an-email,",
      "i@example.com,Bad,Phone,Teacher,,,,,,,call me",
      "bad-address,Two,Problems,Pilot,,,,,,,",
    ].join("\n");
    const op = await run(await startCsvImport(event, csv));
    expect(op).toMatchObject({ state: "completed", succeeded: 1, failed: 10 });
    expect(await rowErrors(op.id)).toEqual([
      { row: 3, outcome: "failed", reason: "Role: Choose one of the options listed" },
      { row: 4, outcome: "failed", reason: "Dietary needs: Choose only options from the list" },
      { row: 5, outcome: "failed", reason: "Photos OK?: Answer yes or no" },
      { row: 6, outcome: "failed", reason: "Date of birth: Enter a date, like 2026-12-31" },
      { row: 7, outcome: "failed", reason: "Years of experience: Enter a number, like 12 or 3.5" },
      { row: 8, outcome: "failed", reason: "Years of experience: Enter a number of at most 60" },
      { row: 9, outcome: "failed", reason: "Country: Choose a country from the list" },
      { row: 10, outcome: "failed", reason: "Work email: Enter a valid email address, like name@example.com" },
      { row: 11, outcome: "failed", reason: "SMS number: Enter a phone number using digits, spaces and + - ( )" },
      { row: 12, outcome: "failed", reason: expect.stringMatching(/email.*; Role: Choose one of the options listed$/i) },
    ]);
    expect(await answersOf(event)).toEqual({ "ok@example.com": { [role.id]: "student001", [photos.id]: false } });
  });

  it("reads Greek headings and values: labels without accents or in capitals, ναι/όχι, Greek country names", async () => {
    const ρόλος = q("rolos00001", "single_choice", "Ιδιότητα", "idiotita", {
      required: true,
      options: [
        { id: "ekp0000001", label: "Εκπαιδευτικός" },
        { id: "math000001", label: "Μαθητής" },
      ],
    });
    const φωτογραφίες = q("foto000001", "yes_no", "Συναινώ σε φωτογραφίες", "fotografies");
    const χώρα = q("xora000001", "country", "Χώρα", "xora");
    const ώρες = q("ores000001", "number", "Ώρες", "ores");
    const event = await createEvent({ questions: [ρόλος, φωτογραφίες, χώρα, ώρες], language: "el" });
    const csv = [
      "Email;Όνομα;Επώνυμο;ΙΔΙΟΤΗΤΑ;συναινω σε φωτογραφιες;Χώρα;ΩΡΕΣ",
      "maria@example.com;Μαρία;Παπαδοπούλου;ΕΚΠΑΙΔΕΥΤΙΚΟΣ;ναι;Ελλάδα;2,5",
      "nikos@example.com;Νίκος;Νικολάου;μαθητης;ΌΧΙ;Κύπρος;1.234,5",
      "eleni@example.com;Ελένη;Γεωργίου;Καθηγήτρια;Ναι;;",
    ].join("\n");
    const op = await run(await startCsvImport(event, csv));
    expect(op).toMatchObject({ state: "completed", succeeded: 2, failed: 1 });
    expect(await rowErrors(op.id)).toEqual([{ row: 4, outcome: "failed", reason: "Ιδιότητα: Choose one of the options listed" }]);
    expect(await answersOf(event)).toEqual({
      "maria@example.com": { [ρόλος.id]: "ekp0000001", [φωτογραφίες.id]: true, [χώρα.id]: "GR", [ώρες.id]: 2.5 },
      "nikos@example.com": { [ρόλος.id]: "math000001", [φωτογραφίες.id]: false, [χώρα.id]: "CY", [ώρες.id]: 1234.5 },
    });
  });

  it("imports rows without a column for a required question, and refuses an answer the form would not keep", async () => {
    const details = q("details001", "short_text", "Which needs?", "needs", { showWhen: { questionId: photos.id, value: "yes" } });
    const event = await createEvent({ questions: [role, photos, details] });
    const csv = [
      "Email,First name,Last name,Photos OK?,Which needs?",
      "a@example.com,A,One,yes,Wheelchair",
      "b@example.com,B,Two,no,Ramp",
    ].join("\n");
    const upload = await uploadCsv(event, csv);
    const preview = await previewUpload(db(), upload);
    const columns = suggestQuestionColumns(preview.header, event.questions, takenColumns(preview.mapping));
    expect(requiredUnmapped(event.questions, columns).map((x) => x.label)).toEqual(["Role"]);

    const op = await run(await startCsvImport(event, csv));
    expect(op).toMatchObject({ state: "completed", succeeded: 1, failed: 1 });
    expect(await rowErrors(op.id)).toEqual([
      { row: 3, outcome: "failed", reason: "Which needs?: the form asks this only when “Photos OK?” is answered “Yes”" },
    ]);
    expect(await answersOf(event)).toEqual({ "a@example.com": { [photos.id]: true, [details.id]: "Wheelchair" } });
  });

  it("refuses a column for a question not on the form, or a column used twice", async () => {
    const event = await createEvent({ questions: [role, { ...photos, removed: true }] });
    const upload = await uploadCsv(event, "Email,First name,Last name,Role\na@example.com,A,One,Teacher\n");
    const preview = await previewUpload(db(), upload);
    const start = (questionColumns: Record<string, number>) =>
      startImport(db(), OWNER, event.id, {
        uploadId: upload.id,
        settings: preview.settings,
        mapping: preview.mapping,
        questionColumns,
        dryRun: false,
        sendEmails: false,
        requestKey: randomUUID(),
      });
    expect(await start({ [photos.id]: 3 })).toMatchObject({ ok: false, reason: "invalid", problem: { code: "questionGone" } });
    expect(await start({ nosuchq001: 3 })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await start({ [role.id]: 0 })).toMatchObject({ ok: false, problem: { code: "columnRepeated" } });
    expect(await start({ [role.id]: 9 })).toMatchObject({ ok: false, problem: { code: "columnNotInFile" } });
    expect(await start({ [role.id]: 3 })).toMatchObject({ ok: true });
  });

  it("keeps the answers of rows committed before a crash and adds the rest once", async () => {
    const event = await createEvent({ questions: [role, years] });
    const lines = ["Email,First name,Last name,Role,Years of experience"];
    for (let i = 0; i < 9; i++) lines.push(`p${i}@example.com,P,${i},${i % 2 ? "Student" : "Teacher"},${i}`);
    const id = await startCsvImport(event, lines.join("\n"));
    await expect(
      runImport(db(), id, {
        chunkRows: 2,
        afterChunk: (n) => {
          if (n === 2) throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    await runImport(db(), id, { chunkRows: 2 });
    expect(await operation(id)).toMatchObject({ state: "completed", succeeded: 9, failed: 0 });
    const answers = await answersOf(event);
    expect(Object.keys(answers)).toHaveLength(9);
    expect(answers["p3@example.com"]).toEqual({ [role.id]: "student001", [years.id]: 3 });
  });
});

describe("answers in the reader's language", () => {
  const answered = { [photos.id]: true, [born.id]: "1990-12-31", [years.id]: 3.5, [country.id]: "GR", [role.id]: "teacher001" };

  it("writes yes/no, dates, numbers, countries and choices in the participant's language in emails and certificates", async () => {
    const event = await createEvent({ questions: [role, photos, born, years, country] });
    const body = "{{answer.photos}} | {{answer.birth_date}} | {{answer.years}} | {{answer.country}} | {{answer.role}}";
    for (const language of ["en", "el"] as const)
      await db().insert(eventEmailTemplates).values({ eventId: event.id, kind: "registration_received", language, subject: "Hi", body });
    const [greek, english] = await db()
      .insert(participants)
      .values([
        { eventId: event.id, firstName: "Μαρία", lastName: "Π", email: "m@example.com", language: "el", answers: answered },
        { eventId: event.id, firstName: "Ada", lastName: "L", email: "a@example.com", language: "en", answers: answered },
      ])
      .returning();

    expect((await composeEmail(db(), event, greek, "registration_received")).text).toContain(
      "Ναι | 31 Δεκεμβρίου 1990 | 3,5 | Ελλάδα | Teacher",
    );
    expect((await composeEmail(db(), event, english, "registration_received")).text).toContain(
      "Yes | 31 December 1990 | 3.5 | Greece | Teacher",
    );

    const settings = { ...defaultSettings(event.id), body: `Photos: {{answer.photos}}, born {{answer.birth_date}}, {{answer.country}}` };
    expect(certificateBody(event, settings, { ...greek, answers: answered }, "el")).toBe("Photos: Ναι, born 31 Δεκεμβρίου 1990, Ελλάδα");
    expect(certificateBody(event, settings, { ...english, answers: answered }, "en")).toBe("Photos: Yes, born 31 December 1990, Greece");
  });

  it("writes the export's yes/no and countries in the organizer's language, dates and numbers as values", async () => {
    const event = await createEvent({ questions: [photos, born, years, country] });
    await db()
      .insert(participants)
      .values({ eventId: event.id, firstName: "Ada", lastName: "L", email: "a@example.com", answers: answered });
    const csvIn = async (locale: "en" | "el") => {
      let text = "";
      for await (const part of participantsCsv(event, { sort: "registered", dir: "asc" }, "comma", 1000, locale)) text += part;
      return Papa.parse<string[]>(text.replace(/^\uFEFF/, "")).data;
    };
    const en = await csvIn("en");
    expect(en[1].slice(-4)).toEqual(["Yes", "1990-12-31", "3.5", "Greece"]);
    const el = await csvIn("el");
    expect(el[0].slice(-4)).toEqual(["Photos OK?", "Date of birth", "Years of experience", "Country"]);
    expect(el[1].slice(-4)).toEqual(["Ναι", "1990-12-31", "3.5", "Ελλάδα"]);
  });
});
