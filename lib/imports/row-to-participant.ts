// One CSV row → a participant, by the same rules as the public form (participantFields), or the
// reason it cannot be one. Emails are cleaned first of what spreadsheets add around them: spaces
// anywhere (never valid in an address), zero-width characters, "mailto:" and "Name <address>".
import type { ColumnMapping } from "./header-mapping";
import { splitFullName } from "./split-full-name";
import { participantFields, type ParticipantInput } from "@/lib/validation/participants";

export type RowOutcome = { ok: true; participant: ParticipantInput } | { ok: false; reason: string };

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
    if (!lastName) return { ok: false, reason: `Full name “${fullName.slice(0, 100)}” has no last name` };
  }
  const input = {
    firstName,
    lastName,
    email: cleanEmail(cell(mapping.email)),
    organisation: cell(mapping.organisation),
    phone: cell(mapping.phone),
  };
  if (Object.values(input).some((v) => v.includes("\uFFFD"))) {
    return { ok: false, reason: "Contains characters that could not be read: choose the file’s encoding in the preview" };
  }
  const parsed = participantFields.safeParse(input);
  if (parsed.success) return { ok: true, participant: parsed.data };
  const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
  return { ok: false, reason: messages.join("; ") };
}
