// The text encodings an import can read: what spreadsheets actually write (Excel's "CSV UTF-8",
// "Unicode text" = UTF-16 LE, and the legacy "CSV" in the Windows code page of the machine).
export const importEncodings = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "windows-1253", "iso-8859-7"] as const;
export type ImportEncoding = (typeof importEncodings)[number];
