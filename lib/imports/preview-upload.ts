// What the preview page shows of an upload: the detected (or chosen) encoding, delimiter and header
// row, the header, the first rows as read, and the column mapping detected from them. Only the
// file's first 64 KB are read.
import iconv from "iconv-lite";
import Papa from "papaparse";
import type { DbOrTx } from "@/lib/db/client";
import { notTextReason } from "./check-text-file";
import type { Delimiter } from "./delimiters";
import { detectDelimiter, detectNewline } from "./detect-delimiter";
import { detectEncoding, type EncodingGuess } from "./detect-encoding";
import type { ImportEncoding } from "./encodings";
import { detectHeaderRow, detectMapping, type ColumnMapping } from "./header-mapping";
import type { ImportFailure } from "./import-reason";
import type { ReadSettings } from "./import-settings";
import { isBlankRecord, type CsvRecord } from "./csv-rows";
import { MAX_HEADER_ROW, PREVIEW_ROWS, SAMPLE_BYTES } from "./limits";
import { readUploadStart } from "./read-upload";

export type PreviewOverrides = Partial<ReadSettings>;

export type UploadPreview = {
  guess: EncodingGuess;
  settings: ReadSettings;
  /** Why nothing can be imported from this file (empty, binary), or null; worded by the reader (import-reason.ts). */
  problem: ImportFailure | null;
  header: string[] | null;
  rows: CsvRecord[];
  /** The widest row seen: how many columns the mapping can choose from. */
  columnCount: number;
  mapping: ColumnMapping;
};

export async function previewUpload(
  db: DbOrTx,
  upload: { id: string; size: number },
  overrides: PreviewOverrides = {},
): Promise<UploadPreview> {
  const sample = (await readUploadStart(db, upload.id, SAMPLE_BYTES)) ?? Buffer.alloc(0);
  return previewSample(sample, upload.size > sample.length, overrides);
}

/** The same, from bytes in hand (`truncated`: the file goes on after the sample). */
export function previewSample(sample: Uint8Array, truncated: boolean, overrides: PreviewOverrides = {}): UploadPreview {
  const guess = detectEncoding(sample);
  const encoding: ImportEncoding = overrides.encoding ?? guess.encoding;
  let text = iconv.getDecoder(encoding).write(Buffer.from(sample));
  const empty = (problem: ImportFailure | null, delimiter: Delimiter = ","): UploadPreview => ({
    guess,
    settings: { encoding, delimiter, headerRow: 0 },
    problem,
    header: null,
    rows: [],
    columnCount: 0,
    mapping: detectMapping(null, []),
  });
  if (sample.length === 0) return empty({ code: "uploadEmpty" });
  const notText = notTextReason(sample, encoding, text);
  if (notText) return empty(notText);
  if (truncated) {
    // The sample ends mid-row: keep only whole lines.
    const cut = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
    if (cut > 0) text = text.slice(0, cut);
  }
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  const { data } = Papa.parse<string[]>(text, { delimiter, newline: detectNewline(text) });
  const records: CsvRecord[] = data.map((cells, i) => ({ rowNumber: i + 1, cells }));
  const nonBlank = records.filter((r) => !isBlankRecord(r.cells));
  if (!nonBlank.length) return empty({ code: "onlyBlankLines" }, delimiter);

  const headerRow =
    overrides.headerRow ??
    detectHeaderRow(
      records.slice(0, MAX_HEADER_ROW).map((r) => r.cells),
      MAX_HEADER_ROW,
    );
  const header = headerRow > 0 ? (records[headerRow - 1]?.cells ?? null) : null;
  const dataRows = records.filter((r) => r.rowNumber > headerRow && !isBlankRecord(r.cells));
  const columnCount = Math.max(header?.length ?? 0, ...dataRows.slice(0, 50).map((r) => r.cells.length));
  return {
    guess,
    settings: { encoding, delimiter, headerRow },
    problem: dataRows.length ? null : { code: "headerNoRows" },
    header,
    rows: dataRows.slice(0, PREVIEW_ROWS),
    columnCount,
    mapping: detectMapping(
      header,
      dataRows.slice(0, 30).map((r) => r.cells),
    ),
  };
}
