// Search that ignores accents and case, for Greek and Latin alike: "ελενη", "ΕΛΕΝΗ" and "Ελένη" are
// one word, so are "José" and "jose". The database keeps a normalised copy of each searchable text in
// a generated column (search_text, computed by the SQL function search_normalize from migration 0014)
// with a trigram index on it; a query is normalised here, by the JS twin of that function, and matched
// with a plain LIKE. tests/integration/search-normalize.test.ts holds the two to the same answers.
//
// The steps, identical in both: Unicode NFD (a letter and its accents become separate characters),
// drop the combining marks (tonos, dialytika, acute, cedilla…: "ΐ" → "ι", "Ϊ" → "Ι"), lower case,
// final sigma "ς" → "σ" (lower case of "Σ" is "σ" in PostgreSQL, "ς" at a word's end in JS), and the
// few Latin letters that carry their mark inside the letter (ø, ł, đ, ß…).
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/** The combining-mark blocks removed after NFD; the same class is in search_normalize. */
export const COMBINING_MARKS_CLASS = "[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]";
const COMBINING_MARKS = new RegExp(COMBINING_MARKS_CLASS, "g");

/** Single letters mapped to single letters (SQL translate), then the ones that become two. */
const SINGLE: Record<string, string> = { ς: "σ", ø: "o", ł: "l", đ: "d", ı: "i", ħ: "h", ð: "d" };
const DOUBLE: [string, string][] = [
  ["ß", "ss"],
  ["æ", "ae"],
  ["œ", "oe"],
  ["þ", "th"],
];
const SINGLE_PATTERN = new RegExp(`[${Object.keys(SINGLE).join("")}]`, "g");

/** The JS twin of the SQL function search_normalize. */
export function normalizeSearchText(text: string): string {
  let out = text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
  out = out.replace(SINGLE_PATTERN, (c) => SINGLE[c]);
  for (const [from, to] of DOUBLE) out = out.replaceAll(from, to);
  return out;
}

/** The body of search_normalize, as the migration creates it (kept here so the two stay together). */
export const SEARCH_NORMALIZE_SQL = `replace(replace(replace(replace(translate(lower(regexp_replace(normalize(value, NFD), '${COMBINING_MARKS_CLASS}', '', 'g')), '${Object.keys(SINGLE).join("")}', '${Object.values(SINGLE).join("")}'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th')`;

/** LIKE treats % and _ as wildcards and \ as its escape: a search for "50%" means those characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The words of a typed query, normalised (at most `max`, so a pasted paragraph stays cheap). */
export function searchWords(query: string, max = 5): string[] {
  return normalizeSearchText(query).split(/\s+/).filter(Boolean).slice(0, max);
}

/**
 * `column` (a search_text column) contains every word of the query, in any order. The trigram index
 * serves each LIKE; words shorter than three characters are matched by the rows the others leave.
 */
export function matchesSearch(column: SQLWrapper, query: string, max = 5): SQL | undefined {
  const words = searchWords(query, max);
  if (!words.length) return undefined;
  return sql.join(
    words.map((w) => sql`${column} like ${`%${escapeLike(w)}%`}`),
    sql` and `,
  );
}
