// The detections behind the import preview: encoding, delimiter, header row and column mapping
// (English and Greek headers), the full-name split and the row rules.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectDelimiter, detectNewline } from "@/lib/imports/detect-delimiter";
import { detectEncoding } from "@/lib/imports/detect-encoding";
import { columnLetter, detectHeaderRow, detectMapping, matchHeader, normaliseHeader } from "@/lib/imports/header-mapping";
import { previewSample } from "@/lib/imports/preview-upload";
import { failureText, type ImportFailure, rowProblemsText } from "@/lib/imports/import-reason";
import { cleanEmail, type RowOutcome, rowToParticipant } from "@/lib/imports/row-to-participant";
import { importWords } from "@/lib/imports/stored-import-reason";

/** A refused row's reason as an English reader sees it. */
const english = (outcome: RowOutcome) => (outcome.ok ? null : rowProblemsText(outcome.problems, importWords("en")));
const problemText = (problem: ImportFailure | null) => (problem ? failureText(problem, importWords("en")) : null);
import { splitFullName } from "@/lib/imports/split-full-name";

const greek = "Όνομα,Επώνυμο,Email\nΓιώργος,Παπαδόπουλος,giorgos@example.gr\nΕλένη,Οικονόμου,eleni@example.gr\n";
const western = "First name,Last name,Email\nJosé,Müller,jose@example.com\nFrançoise,Hélène,f@example.com\nÅsa,Ørsted,asa@example.com\n";

describe("encoding detection", () => {
  it("reads a UTF-8 byte-order mark as UTF-8", () => {
    expect(detectEncoding(Buffer.from("\uFEFFEmail\na@b.gr\n", "utf8"))).toMatchObject({ encoding: "utf-8", reason: "bom", bom: true });
  });

  it("takes valid UTF-8 without a mark as UTF-8, even when cut in the middle of a character", () => {
    const bytes = Buffer.from(greek, "utf8");
    expect(detectEncoding(bytes)).toMatchObject({ encoding: "utf-8", bom: false });
    // "Ό" is two bytes: a sample ending after the first one is still UTF-8.
    expect(detectEncoding(bytes.subarray(0, 1))).toMatchObject({ encoding: "utf-8" });
  });

  it("recognises UTF-16 LE and BE by their marks, and UTF-16 LE without one by its zero bytes", () => {
    expect(detectEncoding(iconv.encode(greek, "utf-16le", { addBOM: true })).encoding).toBe("utf-16le");
    expect(detectEncoding(iconv.encode(greek, "utf-16be", { addBOM: true })).encoding).toBe("utf-16be");
    expect(detectEncoding(iconv.encode("Email,Name\na@b.com,Ada\n", "utf-16le"))).toMatchObject({
      encoding: "utf-16le",
      reason: "utf-16-pattern",
    });
  });

  it("tells Greek Windows-1253 from Western Windows-1252", () => {
    expect(detectEncoding(iconv.encode(greek, "windows-1253"))).toMatchObject({ encoding: "windows-1253", reason: "greek-letters" });
    expect(detectEncoding(iconv.encode(western, "windows-1252"))).toMatchObject({ encoding: "windows-1252", reason: "western-default" });
  });
});

describe("delimiter detection", () => {
  it("finds comma, semicolon and tab", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a;b;c\n1;2;3\n")).toBe(";");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
  });

  it("prefers the separator that makes consistent columns over commas inside values", () => {
    expect(detectDelimiter("Name;Email;Organisation\nSmith, John;j@x.com;ACME, Inc.\nDoe, Jane;d@x.com;Foo, Ltd\n")).toBe(";");
    expect(detectDelimiter('Name,Email\n"Smith; John",j@x.com\n"Doe; Jane",d@x.com\n')).toBe(",");
  });

  it("finds the line break: CRLF, LF or CR", () => {
    expect(detectNewline("a,b\r\nc,d\r\n")).toBe("\r\n");
    expect(detectNewline("a,b\nc,d\n")).toBe("\n");
    expect(detectNewline("a,b\rc,d\r")).toBe("\r");
  });
});

describe("header matching", () => {
  it("folds case, accents and punctuation", () => {
    expect(normaliseHeader(" E-Mail: ")).toBe("e mail");
    expect(normaliseHeader("ΕΠΩΝΥΜΟ")).toBe("επωνυμο");
    expect(normaliseHeader("Ονοματεπώνυμο")).toBe("ονοματεπωνυμο");
  });

  it.each([
    ["E-mail", "email"],
    ["Email address", "email"],
    ["EMAIL", "email"],
    ["Work email", "email"],
    ["First Name", "firstName"],
    ["Given name", "firstName"],
    ["Surname", "lastName"],
    ["Last name", "lastName"],
    ["Family name", "lastName"],
    ["Company", "organisation"],
    ["Organization", "organisation"],
    ["Organisation", "organisation"],
    ["Phone", "phone"],
    ["Mobile", "phone"],
    ["Full name", "fullName"],
    ["Name", "fullName"],
    ["Όνομα", "firstName"],
    ["ΟΝΟΜΑ", "firstName"],
    ["Επώνυμο", "lastName"],
    ["Ονοματεπώνυμο", "fullName"],
    ["Email", "email"],
    ["Ηλεκτρονικό ταχυδρομείο", "email"],
    ["Διεύθυνση email", "email"],
    ["Οργανισμός", "organisation"],
    ["Φορέας", "organisation"],
    ["Εταιρεία", "organisation"],
    ["Τηλέφωνο", "phone"],
    ["Κινητό", "phone"],
    ["Κινητό τηλέφωνο", "phone"],
  ])("“%s” is %s", (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it("leaves unknown headers unmapped", () => {
    expect(matchHeader("Dietary requirements")).toBeNull();
    expect(matchHeader("")).toBeNull();
  });

  it("maps a Greek header, reading Όνομα beside Επώνυμο as the first name", () => {
    const header = ["Α/Α", "Όνομα", "Επώνυμο", "Φορέας", "Ηλεκτρονικό Ταχυδρομείο", "Κινητό"];
    expect(detectMapping(header, [])).toEqual({ email: 4, firstName: 1, lastName: 2, fullName: null, organisation: 3, phone: 5 });
    expect(detectMapping(["Name", "Surname", "E-mail"], [])).toMatchObject({ firstName: 0, lastName: 1, fullName: null, email: 2 });
  });

  it("finds the email column by its content when no header names it", () => {
    const rows = [
      ["Ada Lovelace", "ada@example.com"],
      ["Alan Turing", "alan@example.com"],
    ];
    expect(detectMapping(["Participant", "Contact"], rows)).toMatchObject({ fullName: 0, email: 1 });
    expect(detectMapping(null, rows).email).toBe(1);
  });

  it("finds the header below a title line, and no header when the first row is data", () => {
    expect(detectHeaderRow([["Participants 2026"], ["First name", "Last name", "Email"], ["Ada", "L", "a@b.com"]], 10)).toBe(2);
    expect(detectHeaderRow([["Ada", "Lovelace", "ada@example.com"]], 10)).toBe(0);
    expect(
      detectHeaderRow(
        [
          ["Foo", "Bar"],
          ["x", "y"],
        ],
        10,
      ),
    ).toBe(1);
  });

  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("full name split", () => {
  it.each([
    ["Ada Lovelace", "Ada", "Lovelace"],
    ["  Ada   King  Lovelace ", "Ada King", "Lovelace"],
    ["Lovelace, Ada", "Ada", "Lovelace"],
    ["Ludwig van Beethoven", "Ludwig", "van Beethoven"],
    ["Maria de la Cruz", "Maria", "de la Cruz"],
    ["Γιώργος Παπαδόπουλος", "Γιώργος", "Παπαδόπουλος"],
    ["Madonna", "Madonna", ""],
  ])("“%s” → “%s” + “%s”", (full, first, last) => {
    expect(splitFullName(full)).toEqual({ firstName: first, lastName: last });
  });
});

describe("row rules", () => {
  const mapping = { email: 2, firstName: 0, lastName: 1, fullName: null, organisation: 3, phone: 4 };

  it("normalises emails written with spaces, upper case, mailto: or a display name", () => {
    expect(cleanEmail("  ADA@Example.COM \u00a0")).toBe("ADA@Example.COM");
    expect(cleanEmail("ada @ example.com")).toBe("ada@example.com");
    expect(cleanEmail("mailto:ada@example.com")).toBe("ada@example.com");
    expect(cleanEmail("Ada Lovelace <ada@example.com>")).toBe("ada@example.com");
    expect(rowToParticipant(["Ada", "Lovelace", " ADA@Example.COM "], mapping)).toEqual({
      ok: true,
      participant: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", organisation: undefined, phone: undefined },
    });
  });

  it("gives the form's reasons for a bad row", () => {
    const bad = rowToParticipant(["", "Lovelace", "not-an-email"], mapping);
    expect(bad).toEqual({
      ok: false,
      problems: [
        { code: "field", field: "firstName", issue: "required" },
        { code: "field", field: "email", issue: "email" },
      ],
    });
    expect(english(bad)).toBe("First name is required; Enter a valid email address, like name@example.com");
    expect(english(rowToParticipant(["Ada", "Lovelace", "a@b.com", "", "call me"], mapping))).toContain("phone");
  });

  it("splits a full name when first and last are empty, and refuses one word", () => {
    const m = { ...mapping, fullName: 5 };
    expect(rowToParticipant(["", "", "a@b.com", "", "", "Ada Lovelace"], m)).toMatchObject({
      ok: true,
      participant: { firstName: "Ada", lastName: "Lovelace" },
    });
    const madonna = rowToParticipant(["", "", "a@b.com", "", "", "Madonna"], m);
    expect(madonna).toEqual({ ok: false, problems: [{ code: "fullNameNoLast", name: "Madonna" }] });
    expect(english(madonna)).toBe("Full name “Madonna” has no last name");
  });

  it("fails a row with characters the chosen encoding could not read", () => {
    expect(english(rowToParticipant(["Ad\uFFFD", "L", "a@b.com"], mapping))).toContain("encoding");
  });
});

describe("preview of a file's start", () => {
  it("detects a semicolon file in Windows-1253 with its Greek header", () => {
    const bytes = iconv.encode("Όνομα;Επώνυμο;Email;Φορέας\r\nΓιώργος;Παπαδόπουλος;GIORGOS@example.gr;Δήμος Αθηναίων\r\n", "windows-1253");
    const p = previewSample(bytes, false);
    expect(p.settings).toEqual({ encoding: "windows-1253", delimiter: ";", headerRow: 1 });
    expect(p.header).toEqual(["Όνομα", "Επώνυμο", "Email", "Φορέας"]);
    expect(p.rows).toEqual([{ rowNumber: 2, cells: ["Γιώργος", "Παπαδόπουλος", "GIORGOS@example.gr", "Δήμος Αθηναίων"] }]);
    expect(p.mapping).toMatchObject({ firstName: 0, lastName: 1, email: 2, organisation: 3 });
    expect(p.problem).toBeNull();
  });

  it("follows the organizer's choices over the detection", () => {
    const bytes = iconv.encode("Όνομα,Email\nΓιώργος,g@example.gr\n", "windows-1253");
    const p = previewSample(bytes, false, { encoding: "windows-1252", headerRow: 0 });
    expect(p.settings).toMatchObject({ encoding: "windows-1252", headerRow: 0 });
    expect(p.rows[0].cells[0]).toBe("¼íïìá");
  });

  it("says what is wrong with an empty file, a workbook, binary data and a header without rows", () => {
    expect(problemText(previewSample(Buffer.alloc(0), false).problem)).toMatch(/empty/);
    expect(problemText(previewSample(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), false).problem)).toMatch(/Excel workbook/);
    expect(problemText(previewSample(Buffer.from([1, 2, 0, 200, 7, 0, 0, 9, 3]), false).problem)).toMatch(/binary/);
    expect(problemText(previewSample(Buffer.from("First name,Last name,Email\n\n"), false).problem)).toMatch(/no participant rows/);
  });
});
