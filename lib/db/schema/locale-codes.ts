// The language codes the database accepts (events, participants, users, email templates). lib/db
// imports nothing of the app's own, so the list lives here; lib/i18n/locales.ts builds on it.
export const localeCodes = ["en", "el"] as const;
export type LocaleCode = (typeof localeCodes)[number];
