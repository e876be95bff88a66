// CSV as the export and the import report write it: quoting per RFC 4180 and formula neutralising.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvField, csvHeaders, csvLine, neutraliseFormula } from "@/lib/csv/csv-line";

describe("formula neutralising", () => {
  it.each(["=1+1", "+30 210 1234567", "-2", "@SUM(A1)", "\tcmd", "\rcmd", '=HYPERLINK("http://evil","x")'])(
    "prefixes “%s” with an apostrophe",
    (v) => {
      expect(neutraliseFormula(v)).toBe(`'${v}`);
    },
  );

  it("leaves ordinary values alone", () => {
    for (const v of ["Ada", "ada@example.com", "Γιώργος", "1+1", " =not first", ""]) expect(neutraliseFormula(v)).toBe(v);
  });
});

describe("quoting", () => {
  it("quotes fields with the separator, quotes or line breaks and doubles the quotes", () => {
    expect(csvField('Say "hi", please', ",")).toBe('"Say ""hi"", please"');
    expect(csvField("line\nbreak", ",")).toBe('"line\nbreak"');
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a;b", ",")).toBe("a;b");
    expect(csvField(null, ",")).toBe("");
  });

  it("writes lines that a CSV parser reads back to the same values (formulas aside)", () => {
    const values = ["Ada", 'O"Brien, Jr.', "multi\r\nline", "Γιώργος; Παπαδόπουλος", "=cmd|' /C calc'!A0"];
    for (const separator of [",", ";"]) {
      const line = csvLine(values, separator);
      expect(line.endsWith("\r\n")).toBe(true);
      const { data } = Papa.parse<string[]>(line.slice(0, -2), { delimiter: separator });
      expect(data[0]).toEqual([...values.slice(0, 4), "'=cmd|' /C calc'!A0"]);
    }
  });

  it("names the download in ASCII and in UTF-8, with no quote or path characters", () => {
    expect(csvHeaders('εργαστήριο-2026 "x"/../participants.csv')["Content-Disposition"]).toBe(
      "attachment; filename=\"ergastirio-2026-x-participants.csv\"; filename*=UTF-8''%CE%B5%CF%81%CE%B3%CE%B1%CF%83%CF%84%CE%AE%CF%81%CE%B9%CE%BF-2026%20%27x%27-..-participants.csv",
    );
  });
});
