// The shape every dashboard form action returns: a message for the whole form, one message per
// field, and what was typed so the form can show it again.
export type FormState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/** What was typed, to send back with errors: capped in length, secrets left out. */
export function keptValues(raw: Record<string, string>, omit: string[] = []): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => !omit.includes(k) && !k.startsWith("$ACTION"))
      .map(([k, v]) => [k, v.slice(0, 1000)]),
  );
}
