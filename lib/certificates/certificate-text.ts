// The certificate's body text: the organizer's text with {{placeholders}} filled in. Only the names
// below are accepted (checked when the settings are saved); values are inserted as plain text and
// the PDF draws text as text, so nothing typed is ever interpreted.
export const certificatePlaceholders = ["full_name", "first_name", "last_name", "event_title", "event_date", "venue", "hours"] as const;
// Plus {{answer.<key>}} for the event's registration questions (an ID number, a role).
export type CertificateVars = Record<(typeof certificatePlaceholders)[number], string> & Record<`answer.${string}`, string>;

const PATTERN = /\{\{\s*([a-z_]+(?:\.[a-z0-9_]+)?)\s*\}\}/g;

/**
 * Names used in `text` that are not certificate placeholders. `answerKeys`: the event's question
 * placeholder names; null accepts any answer.<key> (the form's own check, before the event is known).
 */
export function unknownPlaceholders(text: string, answerKeys: readonly string[] | null = []): string[] {
  const names = [...text.matchAll(PATTERN)].map((m) => m[1]);
  const known = (n: string) =>
    (certificatePlaceholders as readonly string[]).includes(n) ||
    (n.startsWith("answer.") && /^answer\.[a-z][a-z0-9_]*$/.test(n) && (answerKeys === null || answerKeys.includes(n.slice(7))));
  return [...new Set(names.filter((n) => !known(n)))];
}

export function fillCertificateText(text: string, vars: CertificateVars): string {
  return text.replace(PATTERN, (whole, name: string) => (name in vars ? vars[name as keyof CertificateVars] : whole));
}

export const DEFAULT_TITLE = "Certificate of Attendance";
export const DEFAULT_BODY = "This certifies that {{full_name}} attended {{event_title}}, held on {{event_date}} at {{venue}}.";
