// A "full name" cell split into first and last name: "Lovelace, Ada" (last name first, as many
// exports write it) or "Ada Lovelace" / "Ada King Lovelace" (the last word is the last name, with
// the particles that belong to it: "Ludwig van Beethoven" → "Ludwig" + "van Beethoven").
const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "ten",
  "ter",
  "bin",
  "al",
  "st",
  "st.",
]);

export type SplitName = { firstName: string; lastName: string };

export function splitFullName(full: string): SplitName {
  const text = full.replace(/\s+/g, " ").trim();
  const comma = text.indexOf(",");
  if (comma > 0) return { lastName: text.slice(0, comma).trim(), firstName: text.slice(comma + 1).trim() };
  const words = text.split(" ").filter(Boolean);
  if (words.length < 2) return { firstName: words[0] ?? "", lastName: "" };
  const last = [words.pop()!];
  while (words.length > 1 && PARTICLES.has(words[words.length - 1].toLowerCase())) last.unshift(words.pop()!);
  return { firstName: words.join(" "), lastName: last.join(" ") };
}
