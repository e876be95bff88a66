// Registration questions end to end below the browser: the builder's save (removed questions kept),
// answers checked and stored with the registration, the stale form, the organizer's edit with its
// history, and the answers in the list filter, overview counts, CSV export, emails and certificates.
import Papa from "papaparse";
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { fillCertificateText, unknownPlaceholders } from "@/lib/certificates/certificate-text";
import { db } from "@/lib/db/client";
import { listParticipants } from "@/lib/db/queries/participants";
import { eventEmailTemplates, events, participants } from "@/lib/db/schema";
import { composeEmail } from "@/lib/email/compose-email";
import { templateProblems } from "@/lib/email/parse-template";
import { participantsCsv } from "@/lib/participants/export-participants-csv";
import { registerParticipant } from "@/lib/participants/register-participant";
import { countChoiceAnswers } from "@/lib/questions/answer-counts";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { checkRegistrationAnswers, NEW_QUESTION_ERROR, QUESTIONS_SEEN_FIELD } from "@/lib/questions/check-registration-answers";
import type { Question } from "@/lib/questions/definitions";
import { parseQuestionList, saveEventQuestions } from "@/lib/questions/save-event-questions";
import { listAnswerHistory, updateParticipantAnswers } from "@/lib/questions/update-participant-answers";
import { parseParticipantList } from "@/lib/validation/participant-list";
import { emailTemplateSchemaFor } from "@/lib/validation/email-templates";
import { closeConnections, createEvent, registration, resetDb } from "../helpers/db";
import { createUser } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

const role: Question = {
  id: "rolerole01",
  key: "role",
  type: "single_choice",
  label: "Role",
  help: "What you do",
  required: true,
  display: "radio",
  options: [
    { id: "optteach01", label: "Teacher" },
    { id: "optstud001", label: "Student" },
  ],
};
const idNumber: Question = { id: "idnumber01", key: "id_number", type: "short_text", label: "ID number", help: "", required: false };
const diet: Question = {
  id: "diet000001",
  key: "diet",
  type: "multiple_choice",
  label: "Diet",
  help: "",
  required: false,
  options: [
    { id: "vegan00001", label: "Vegan" },
    { id: "gluten0001", label: "No gluten" },
  ],
};

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

async function eventWith(questions: Question[]) {
  const event = await createEvent();
  const parsed = parseQuestionList(JSON.stringify(questions));
  if (!parsed.ok) throw new Error(parsed.error);
  await saveEventQuestions(db(), event.id, parsed.list);
  const [row] = await db().select().from(events).where(eq(events.id, event.id));
  return row;
}

async function register(event: Awaited<ReturnType<typeof eventWith>>, answers: Record<string, string | string[]>, email?: string) {
  const checked = checkRegistrationAnswers(
    event.questions,
    form({ [QUESTIONS_SEEN_FIELD]: event.questions.map((q) => q.id).join(","), ...answers }),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.fieldErrors));
  const result = await registerParticipant(db(), event.id, { ...registration(email ? { email } : {}), answers: checked.answers });
  if (!result.ok) throw new Error(result.reason);
  return result.participantId;
}

describe("registration questions", () => {
  it("stores typed answers with the registration, in the same row", async () => {
    const event = await eventWith([role, idNumber, diet]);
    const id = await register(event, { q_rolerole01: "optteach01", q_idnumber01: "AB 123", q_diet000001: ["gluten0001", "vegan00001"] });
    const [row] = await db().select().from(participants).where(eq(participants.id, id));
    expect(row.answers).toEqual({ rolerole01: "optteach01", idnumber01: "AB 123", diet000001: ["vegan00001", "gluten0001"] });
  });

  it("a form opened before a new required question comes back with that question marked, nothing stored", async () => {
    const event = await eventWith([idNumber]);
    const seenBefore = event.questions.map((q) => q.id).join(",");
    const after = await eventWith([idNumber, role]);
    const checked = checkRegistrationAnswers(after.questions, form({ [QUESTIONS_SEEN_FIELD]: seenBefore, q_idnumber01: "AB 123" }));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.newQuestions).toBe(true);
    expect(checked.fieldErrors).toEqual({ q_rolerole01: NEW_QUESTION_ERROR });
    // What was typed goes back to the form.
    expect(checked.raw).toMatchObject({ q_idnumber01: "AB 123" });
    // A form that did show the question gets the plain message.
    const plain = checkRegistrationAnswers(after.questions, form({ [QUESTIONS_SEEN_FIELD]: after.questions.map((q) => q.id).join(",") }));
    expect(!plain.ok && plain.fieldErrors.q_rolerole01).toBe("This question is required");
  });

  it("refuses a saved list whose condition points at a removed question, and 100 questions", async () => {
    const school: Question = { ...idNumber, id: "school0001", key: "school", showWhen: { questionId: role.id, value: "optteach01" } };
    expect(parseQuestionList(JSON.stringify([role, school])).ok).toBe(true);
    const orphan = parseQuestionList(JSON.stringify([school]));
    expect(!orphan.ok && orphan.error).toContain("not above it");
    const many = Array.from({ length: 100 }, (_, i) => ({ ...idNumber, id: `idn${String(i).padStart(7, "0")}`, key: `id_${i}` }));
    expect(parseQuestionList(JSON.stringify(many)).ok).toBe(false);
    expect(parseQuestionList("{not json").ok).toBe(false);
    expect(parseQuestionList("x".repeat(500_000)).ok).toBe(false);
  });

  it("keeps past answers readable after the question is removed and an option renamed", async () => {
    const event = await eventWith([role, idNumber, diet]);
    await register(event, { q_rolerole01: "optteach01", q_idnumber01: '=HYPERLINK("x")', q_diet000001: ["vegan00001"] });
    const renamed = { ...role, options: [{ id: "optteach01", label: "Educator" }, role.options![1]] };
    await saveEventQuestions(db(), event.id, [renamed, diet]);
    const [after] = await db().select().from(events).where(eq(events.id, event.id));
    expect(after.questions.find((q) => q.id === idNumber.id)?.removed).toBe(true);

    let text = "";
    for await (const part of participantsCsv(after, { sort: "registered", dir: "desc" }, "comma")) text += part;
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { newline: "\r\n" }).data;
    expect(rows[0].slice(-3)).toEqual(["Role", "Diet", "ID number (removed question)"]);
    // The renamed option shows its new label; a formula is neutralised.
    expect(rows[1].slice(-3)).toEqual(["Educator", "Vegan", '\'=HYPERLINK("x")']);
  });

  it("filters the list by a choice answer and counts each option on the overview", async () => {
    const event = await eventWith([role, diet]);
    await register(event, { q_rolerole01: "optteach01", q_diet000001: ["vegan00001", "gluten0001"] });
    await register(event, { q_rolerole01: "optstud001", q_diet000001: ["vegan00001"] });
    await register(event, { q_rolerole01: "optstud001" });
    const list = (answer: string) => listParticipants(db(), event.id, parseParticipantList({ answer }));
    expect((await list("rolerole01:optstud001")).total).toBe(2);
    expect((await list("diet000001:gluten0001")).total).toBe(1);
    expect((await list("diet000001:vegan00001")).total).toBe(2);
    // A malformed filter is ignored rather than failing the page.
    expect((await listParticipants(db(), event.id, parseParticipantList({ answer: "'; drop table" }))).total).toBe(3);
    expect(await countChoiceAnswers(db(), event.id)).toEqual({
      rolerole01: { optteach01: 1, optstud001: 2 },
      diet000001: { vegan00001: 2, gluten0001: 1 },
    });
  });

  it("an organizer's edit changes the answers and records who changed what", async () => {
    const event = await eventWith([role, idNumber]);
    const id = await register(event, { q_rolerole01: "optteach01", q_idnumber01: "AB 123" });
    const organizer = await createUser("owner");
    expect(await updateParticipantAnswers(db(), organizer, event, id, { rolerole01: "optstud001" })).toEqual({ ok: true, changed: 2 });
    const [row] = await db().select().from(participants).where(eq(participants.id, id));
    expect(row.answers).toEqual({ rolerole01: "optstud001" });
    const history = await listAnswerHistory(db(), id);
    expect(history).toHaveLength(1);
    expect(history[0].changedByName).toBe(organizer.name);
    expect(history[0].changes).toEqual([
      { questionId: role.id, label: "Role", from: "Teacher", to: "Student" },
      { questionId: idNumber.id, label: "ID number", from: "AB 123", to: "" },
    ]);
    // Another event's participant is not found through this event.
    const other = await createEvent();
    expect(await updateParticipantAnswers(db(), organizer, { id: other.id, questions: event.questions }, id, {})).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await updateParticipantAnswers(db(), organizer, event, "not-a-uuid", {})).toEqual({ ok: false, reason: "not_found" });
  });

  it("fills {{answer.<key>}} in emails (escaped in HTML) and certificates, and reports unknown ones", async () => {
    const event = await eventWith([role, idNumber]);
    const keys = answerKeys(event);
    expect(templateProblems({ subject: "Hi", body: "Role: {{answer.role}}" }, "approved", keys).body).toEqual([]);
    const unknown = templateProblems({ subject: "Hi", body: "Role: {{answer.rol}}" }, "approved", keys).body;
    expect(unknown[0].message).toContain("no question with the placeholder name “rol”");
    expect(
      emailTemplateSchemaFor(keys).safeParse({ kind: "approved", subject: "Hi {{answer.id_number}}", body: "{{answer.nope}}" }).success,
    ).toBe(false);

    const id = await register(event, { q_rolerole01: "optteach01", q_idnumber01: "<b>AB</b> & 1" });
    const [participant] = await db().select().from(participants).where(eq(participants.id, id));
    await db().insert(eventEmailTemplates).values({
      eventId: event.id,
      kind: "registration_received",
      subject: "Your role: {{answer.role}}",
      body: "ID: {{answer.id_number}}",
    });
    const email = await composeEmail(db(), event, participant, "registration_received");
    expect(email.subject).toBe("Your role: Teacher");
    expect(email.text).toContain("ID: <b>AB</b> & 1");
    expect(email.html).toContain("&lt;b&gt;AB&lt;/b&gt; &amp; 1");
    expect(email.html).not.toContain("<b>AB</b>");

    expect(unknownPlaceholders("{{full_name}}, {{answer.id_number}}", keys)).toEqual([]);
    expect(unknownPlaceholders("{{answer.passport}}", keys)).toEqual(["answer.passport"]);
    expect(fillCertificateText("ID {{answer.id_number}}", { "answer.id_number": "AB 123" } as never)).toBe("ID AB 123");
  });
});
