// Issue 18: every string people read comes from the catalogues (messages/<language>/*.json), and
// every key exists in every language. Finds text left in code (JSX text and the attributes people
// read) in app/, components/ and the email and PDF components; a file still being translated must be
// on the allow-list below, which may only shrink (a listed file that is clean fails the test too).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor, rawCatalogues, withFallback } from "@/lib/i18n/catalogue";
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { straysIn, tsxFiles } from "../helpers/i18n-strays";

const root = path.resolve(__dirname, "../..");

// Not yet translated (dashboard and door pages, written before the catalogues). Shrink it; never grow it.
const NOT_YET_TRANSLATED = new Set<string>(JSON.parse(readFileSync(path.join(__dirname, "i18n-not-yet-translated.json"), "utf8")));

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

function catalogueFiles(locale: string): Map<string, string> {
  const dir = path.join(root, "messages", locale);
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    for (const [k, v] of flatten(JSON.parse(readFileSync(path.join(dir, file), "utf8")))) out.set(`${file}:${k}`, v);
  }
  return out;
}

/** The ICU arguments a message uses ({name}, {count, plural, …}, <strong>). */
function argumentsOf(message: string): string[] {
  const args = new Set<string>();
  for (const m of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) args.add(m[1]);
  for (const m of message.matchAll(/<([a-z]+)>/g)) args.add(`<${m[1]}>`);
  return [...args].sort();
}

describe("the message catalogues", () => {
  const english = catalogueFiles("en");

  it.each(locales.filter((l) => l !== "en"))("%s has every English key, and no key English lacks", (locale) => {
    const other = catalogueFiles(locale);
    const missing = [...english.keys()].filter((k) => !other.has(k) || other.get(k)?.trim() === "");
    const extra = [...other.keys()].filter((k) => !english.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales.filter((l) => l !== "en"))("%s uses the same placeholders as English in each message", (locale) => {
    const other = catalogueFiles(locale);
    const different = [...english].filter(([k, v]) => other.has(k) && argumentsOf(v).join() !== argumentsOf(other.get(k)!).join());
    expect(different.map(([k]) => k)).toEqual([]);
  });

  it("shows English for a key a language lacks, never the key itself", () => {
    const filled = withFallback({ a: "Α" }, { a: "A", b: "B", nested: { c: "C" } });
    expect(filled).toEqual({ a: "Α", b: "B", nested: { c: "C" } });
    // The real Greek catalogue is complete (tested above), so every Greek message is a Greek text.
    expect(messagesFor("el").public.event.register).toBe("Εγγραφή");
    expect(rawCatalogues.el).toBeDefined();
  });

  it("formats plurals by language", () => {
    expect(translator("en", "public")("event.seatsLeft", { count: 1 })).toBe("1 seat left");
    expect(translator("en", "public")("event.seatsLeft", { count: 3 })).toBe("3 seats left");
    expect(translator("el", "public")("event.seatsLeft", { count: 1 })).toBe("Απομένει 1 θέση");
    expect(translator("el", "public")("event.seatsLeft", { count: 1200 })).toBe("Απομένουν 1.200 θέσεις");
  });
});

const scanned = [
  ...tsxFiles(path.join(root, "app")),
  ...tsxFiles(path.join(root, "components")),
  path.join(root, "lib/email/email-layout.tsx"),
  path.join(root, "lib/pdf/ticket-document.tsx"),
  path.join(root, "lib/certificates/certificate-document.tsx"),
].map((f) => path.relative(root, f));

describe("user-facing text outside the catalogues", () => {
  it("finds none in the translated files", () => {
    const strays = scanned.filter((f) => !NOT_YET_TRANSLATED.has(f)).flatMap((f) => straysIn(path.join(root, f)).map((s) => `${f}: ${s}`));
    expect(strays).toEqual([]);
  });

  it("keeps the allow-list honest: every file on it exists and still has text to move", () => {
    const clean = [...NOT_YET_TRANSLATED].filter((f) => !scanned.includes(f) || straysIn(path.join(root, f)).length === 0);
    expect(clean).toEqual([]);
  });

  it("recognises the kinds of strays it is meant to find", () => {
    const sample = path.join(root, "tests/unit/fixtures/i18n-stray-sample.tsx");
    expect(straysIn(sample)).toEqual([
      "Hello there",
      'aria-label="Close the dialog"',
      'placeholder="Search by name"',
      "Written in an expression",
    ]);
  });
});
