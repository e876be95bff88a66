// Sizes that bound what an import may cost: the upload, the memory a row may take, how much of the
// file the preview reads, and how many rows each committed chunk holds.
import { formatBytes } from "@/lib/i18n/format-bytes";
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The preview and the detections read this much of the file's start. */
export const SAMPLE_BYTES = 64 * 1024;
/** The worker reads the stored file in slices of this size, so memory does not grow with the file. */
export const READ_SLICE_BYTES = 1024 * 1024;
/** A row longer than this means an unclosed quote or a file without line breaks: the import stops. */
export const MAX_ROW_CHARS = 1024 * 1024;
/** Rows per transaction: their participants, their row errors, the counters and the cursor. */
export const CHUNK_ROWS = 1000;
export const PREVIEW_ROWS = 10;
/** The header row may be one of the first rows (a title line above it is common). */
export const MAX_HEADER_ROW = 10;
/** Columns a mapping may point at (a wider row still parses; its extra columns are ignored). */
export const MAX_COLUMNS = 1000;
/** What a report keeps of a row that was not imported. */
export const MAX_RAW_CELLS = 100;
export const MAX_RAW_CELL_CHARS = 500;

/** The refusal of a file over the limit in English, for the upload route's logs and scripts (pages word its code). */
export function tooLargeMessage(bytes?: number): string {
  const size = bytes ? `The file is ${formatBytes(bytes, "en")}. ` : `The file is larger than ${formatBytes(MAX_UPLOAD_BYTES, "en")}. `;
  return `${size}Files up to ${formatBytes(MAX_UPLOAD_BYTES, "en")} can be imported: split the list into smaller files, or remove the columns you do not need.`;
}
