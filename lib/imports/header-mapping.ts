// Which column holds which participant field. Header names are compared after folding case, accents
// (Greek tonos included) and punctuation, against synonyms in English, Greek and a few other
// languages that lists arrive in. Without a usable header, the email column is found by its content.
export const mappingFields = ["email", "firstName", "lastName", "fullName", "organisation", "phone"] as const;
export type MappingField = (typeof mappingFields)[number];
/** Column index (0-based) per field, or null when the file has no such column. */
export type ColumnMapping = Record<MappingField, number | null>;

export function emptyMapping(): ColumnMapping {
  return { email: null, firstName: null, lastName: null, fullName: null, organisation: null, phone: null };
}

/** "E-mail", "Ηλεκτρονικό Ταχυδρομείο:" → "e mail", "ηλεκτρονικο ταχυδρομειο". */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ς/g, "σ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const synonyms: Record<MappingField, string[]> = {
  email: [
    "email",
    "e mail",
    "email address",
    "e mail address",
    "emailaddress",
    "mail",
    "email id",
    "your email",
    "contact email",
    "ηλεκτρονικο ταχυδρομειο",
    "ηλ ταχυδρομειο",
    "διευθυνση email",
    "διευθυνση e mail",
    "διευθυνση ηλεκτρονικου ταχυδρομειου",
    "email επικοινωνιασ",
    "courriel",
    "adresse email",
    "adresse e mail",
    "correo",
    "correo electronico",
    "e mail adresse",
    "emailadresse",
  ],
  firstName: [
    "first name",
    "firstname",
    "first",
    "given name",
    "givenname",
    "forename",
    "first names",
    "christian name",
    "ονομα",
    "μικρο ονομα",
    "prenom",
    "vorname",
    "nombre",
    "nome",
  ],
  lastName: [
    "last name",
    "lastname",
    "last",
    "surname",
    "family name",
    "familyname",
    "second name",
    "επωνυμο",
    "nom de famille",
    "nachname",
    "familienname",
    "apellido",
    "apellidos",
    "cognome",
  ],
  fullName: [
    "name",
    "full name",
    "fullname",
    "participant",
    "participant name",
    "attendee",
    "attendee name",
    "contact name",
    "your name",
    "name and surname",
    "first and last name",
    "ονοματεπωνυμο",
    "ονομα επωνυμο",
    "ονομα και επωνυμο",
    "ονοματεπωνυμο συμμετεχοντα",
    "nom",
    "nom complet",
    "nombre completo",
    "vollstandiger name",
  ],
  organisation: [
    "organisation",
    "organization",
    "organisation name",
    "organization name",
    "company",
    "company name",
    "employer",
    "institution",
    "affiliation",
    "agency",
    "org",
    "οργανισμοσ",
    "φορεασ",
    "εταιρεια",
    "εταιρια",
    "επωνυμια φορεα",
    "υπηρεσια",
    "ιδρυμα",
    "entreprise",
    "firma",
    "empresa",
    "organisme",
  ],
  phone: [
    "phone",
    "phone number",
    "telephone",
    "telephone number",
    "tel",
    "mobile",
    "mobile phone",
    "mobile number",
    "cell",
    "cell phone",
    "contact number",
    "τηλεφωνο",
    "τηλ",
    "κινητο",
    "κινητο τηλεφωνο",
    "τηλεφωνο επικοινωνιασ",
    "telefon",
    "telefono",
    "telephone portable",
  ],
};

const exact = new Map<string, MappingField>();
for (const field of mappingFields) for (const s of synonyms[field]) exact.set(s, field);

/** The field a header names, or null. Exact synonyms first, then a few telling words. */
export function matchHeader(header: string): MappingField | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  const hit = exact.get(h);
  if (hit) return hit;
  const words = new Set(h.split(" "));
  if (words.has("email") || words.has("mail") || h.includes("e mail") || h.includes("ηλεκτρονικου ταχυδρομειου")) return "email";
  if (["phone", "telephone", "mobile", "τηλεφωνο", "κινητο"].some((w) => words.has(w))) return "phone";
  if (words.has("surname") || h.includes("last name") || h.includes("family name") || words.has("επωνυμο")) return "lastName";
  if (h.includes("first name") || h.includes("given name")) return "firstName";
  return null;
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const looksLikeEmail = (v: string) => EMAIL_LIKE.test(v.trim());

/**
 * Which of the first rows is the header (1-based record number), or 0 when the file has none:
 * the first row that names the email column or two known fields. A file whose first row already
 * holds an email address has no header; anything else is taken as a header in words we do not know.
 */
export function detectHeaderRow(rows: string[][], maxRow: number): number {
  for (let i = 0; i < Math.min(rows.length, maxRow); i++) {
    const fields = rows[i].map(matchHeader).filter((f): f is MappingField => f !== null);
    if (fields.includes("email") || new Set(fields).size >= 2) return i + 1;
  }
  if (rows[0]?.some(looksLikeEmail)) return 0;
  return rows.length ? 1 : 0;
}

/** The mapping read from the header (when there is one), completed from the sample's content. */
export function detectMapping(header: string[] | null, sample: string[][]): ColumnMapping {
  const mapping = emptyMapping();
  header?.forEach((cell, i) => {
    const field = matchHeader(cell);
    if (field && mapping[field] === null) mapping[field] = i;
  });
  // "Name" beside "Surname" (or Όνομα beside Επώνυμο) is the first name, not a full name to split.
  if (mapping.fullName !== null && mapping.lastName !== null && mapping.firstName === null) {
    mapping.firstName = mapping.fullName;
    mapping.fullName = null;
  }
  if (mapping.email === null) mapping.email = emailColumnByContent(sample, new Set(Object.values(mapping).filter((v) => v !== null)));
  return mapping;
}

function emailColumnByContent(rows: string[][], taken: Set<number>): number | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  let best: { column: number; share: number } | null = null;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const values = rows.map((r) => (r[c] ?? "").trim()).filter(Boolean);
    if (!values.length) continue;
    const share = values.filter(looksLikeEmail).length / values.length;
    if (share >= 0.5 && (!best || share > best.share)) best = { column: c, share };
  }
  return best?.column ?? null;
}

/** "A", "B", … "Z", "AA": the spreadsheet's name for a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
