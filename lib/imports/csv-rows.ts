// Bytes → decoded text → CSV records, one at a time, holding no more than one slice of the file and
// one unfinished record in memory. iconv-lite decodes (legacy code pages, UTF-16, BOMs stripped;
// a character split between two slices is completed by the next one); papaparse's Parser finds the
// complete records in the text so far (ignoring the unfinished last one, which waits for more text).
import iconv from "iconv-lite";
import Papa from "papaparse";
import { detectNewline } from "./detect-delimiter";
import type { Delimiter } from "./delimiters";
import type { ImportEncoding } from "./encodings";
import { ImportInputError } from "./import-input-error";
import { MAX_ROW_CHARS } from "./limits";

export type CsvRecord = {
  /** 1-based position among the file's records, as a spreadsheet numbers its rows. */
  rowNumber: number;
  cells: string[];
};

type ParserLike = { parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]> };
type ParserConstructor = new (config: Papa.ParseConfig) => ParserLike;

export async function* csvRecords(
  bytes: AsyncIterable<Uint8Array>,
  opts: { encoding: ImportEncoding; delimiter: Delimiter; maxRowChars?: number },
): AsyncGenerator<CsvRecord> {
  const maxRowChars = opts.maxRowChars ?? MAX_ROW_CHARS;
  const decoder = iconv.getDecoder(opts.encoding);
  let parser: ParserLike | null = null;
  let pending = "";
  let rowNumber = 0;

  const parse = (input: string, final: boolean) => {
    // The line break is decided once, from the first text that has one.
    parser ??= new (Papa.Parser as unknown as ParserConstructor)({ delimiter: opts.delimiter, newline: detectNewline(input) });
    return parser.parse(input, 0, !final);
  };

  for await (const slice of bytes) {
    const text = decoder.write(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength));
    if (!text) continue;
    const input = pending + text;
    // Wait for a line break with text after it: a CR at the very end may be the first half of CRLF.
    if (!parser && !/[\r\n][\s\S]/.test(input)) {
      pending = input;
    } else {
      const result = parse(input, false);
      for (const cells of result.data) yield { rowNumber: ++rowNumber, cells };
      pending = input.slice(result.meta.cursor);
    }
    if (pending.length > maxRowChars) {
      throw new ImportInputError({ code: "rowTooLong", row: rowNumber + 1, limitBytes: maxRowChars });
    }
  }
  const rest = pending + (decoder.end() ?? "");
  if (!rest) return;
  const result = parse(rest, true);
  if (result.errors.some((e) => e.code === "MissingQuotes")) {
    throw new ImportInputError({ code: "unclosedQuote", row: rowNumber + result.data.length });
  }
  for (const cells of result.data) yield { rowNumber: ++rowNumber, cells };
}

/** A record with nothing in it: an empty line, or only separators (",,,," as spreadsheets end files). */
export function isBlankRecord(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
