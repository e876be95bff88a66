// The URL slug offered while an organizer types a title: transliterated (Greek, Cyrillic, accents),
// lowercase, dashes, within the 80 characters the schema allows.
import slugify from "@sindresorhus/slugify";

export function suggestSlug(title: string): string {
  // decamelize off: transliterations such as Ψ → "Ps" must not be split into "p-s".
  return slugify(title, { decamelize: false }).slice(0, 80).replace(/-+$/, "");
}
