// One CSV row → a participant, by the same rules as the public form (participantFields), or the
// reason it cannot be one. Emails are cleaned first of what spreadsheets add around them: spaces
// anywhere (never valid in an address), zero-width characters, "mailto:" and "Name <address>".
// Problems are codes (import-reason.ts), worded wherever they are read.
import { participantFieldIssue } from "@/lib/i18n/field-messages";
import type { ColumnMapping } from "./header-mapping";
import type { RowProblem } from "./import-reason";
import { splitFullName } from "./split-full-name";
import { participantFields, type ParticipantInput } from "@/lib/validation/participants";

export type RowOutcome = { ok: true; participant: ParticipantInput } | { ok: false; problems: RowProblem[] };

export function cleanEmail(raw: string): string {
  let v = raw.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, "");
  const bracketed = /<([^<>]+)>$/.exec(v);
  if (bracketed) v = bracketed[1];
  return v.replace(/^mailto:/i, "");
}

export function rowToParticipant(cells: string[], mapping: ColumnMapping): RowOutcome {
  const cell = (c: number | null) => (c === null ? "" : (cells[c] ?? ""));
  let firstName = cell(mapping.firstName);
  let lastName = cell(mapping.lastName);
  const fullName = cell(mapping.fullName).trim();
  if (fullName && !firstName.trim() && !lastName.trim()) {
    ({ firstName, lastName } = splitFullName(fullName));
    if (!lastName) return { ok: false, problems: [{ code: "fullNameNoLast", name: fullName.slice(0, 100) }] };
  }
  const input = {
    firstName,
    lastName,
    email: cleanEmail(cell(mapping.email)),
    organisation: cell(mapping.organisation),
    phone: cell(mapping.phone),
  };
  if (Object.values(input).some((v) => v.includes("\uFFFD"))) {
    return { ok: false, problems: [{ code: "unreadable" }] };
  }
  const parsed = participantFields.safeParse(input);
  if (parsed.success) return { ok: true, participant: parsed.data };
  // One problem per field and kind, as the form shows one message per field.
  const problems = new Map<string, RowProblem>();
  for (const issue of parsed.error.issues) {
    const coded = participantFieldIssue(issue);
    if (coded) problems.set(JSON.stringify(coded), { code: "field", ...coded });
  }
  return { ok: false, problems: [...problems.values()] };
}
