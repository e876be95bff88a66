// The text encodings an import can read: what spreadsheets actually write (Excel's "CSV UTF-8",
// "Unicode text" = UTF-16 LE, and the legacy "CSV" in the Windows code page of the machine).
export const importEncodings = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "windows-1253", "iso-8859-7"] as const;
export type ImportEncoding = (typeof importEncodings)[number];

export const encodingLabels: Record<ImportEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE (Excel “Unicode text”)",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252 (Western European)",
  "windows-1253": "Windows-1253 (Greek)",
  "iso-8859-7": "ISO-8859-7 (Greek)",
};
