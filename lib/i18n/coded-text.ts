// Messages the worker stores as a code and its values rather than a sentence, so that each reader
// sees them in their own language: a bulk operation's item reasons (lib/operations/item-reason.ts)
// and an import's row problems and failure (lib/imports/import-reason.ts). What holds no code that
// this version knows (a provider's error, a row written before the codes) is shown as it was stored.
import type { z } from "zod";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The coded value held by `stored` (already decoded from its column), or null when it is none of the schema's. */
export function readCoded<T>(schema: z.ZodType<T>, stored: unknown): T | null {
  if (stored === null || stored === undefined) return null;
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The reader's wording of `coded` when it is one of the schema's, else the text as stored ("" for none). */
export function codedText<T>(schema: z.ZodType<T>, coded: unknown, stored: string | null, word: (value: T) => string): string {
  const value = readCoded(schema, coded);
  return value === null ? (stored ?? "") : word(value);
}
