// The shape every dashboard form action returns: a message for the whole form, one message per
// field, and what was typed so the form can show it again. Every action reports errors this way.
export type ActionError = { error?: string; fieldErrors?: Record<string, string> };

export type FormState = ActionError & { values?: Record<string, string> };

/** What a button-style action tells the organizer: a result message, or an error. */
export type ActionState = FormState & { ok?: boolean; message?: string };

/** What was typed, to send back with errors: capped in length, secrets left out. */
export function keptValues(raw: Record<string, string>, omit: string[] = []): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => !omit.includes(k) && !k.startsWith("$ACTION"))
      .map(([k, v]) => [k, v.slice(0, 1000)]),
  );
}
