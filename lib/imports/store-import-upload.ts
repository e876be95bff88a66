// Keeps an uploaded CSV in PostgreSQL (uploads.content), where every worker can read it: nothing of
// it is written to the web server's disk.
import type { DbOrTx } from "@/lib/db/client";
import { uploads } from "@/lib/db/schema";
import { MAX_UPLOAD_BYTES } from "./limits";

export type ImportUploadInput = { eventId: string; filename: string; contentType: string; content: Buffer; createdBy: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A file name as the organizer will see it again: no path, no control characters, capped. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(CONTROL_CHARACTERS, "").trim().slice(0, 200) || "upload.csv";
}

export async function storeImportUpload(db: DbOrTx, input: ImportUploadInput): Promise<string> {
  if (input.content.length > MAX_UPLOAD_BYTES) throw new RangeError("upload over the size limit");
  const [row] = await db
    .insert(uploads)
    .values({
      eventId: input.eventId,
      purpose: "participants_import",
      filename: cleanFilename(input.filename),
      contentType: input.contentType.slice(0, 100) || "application/octet-stream",
      size: input.content.length,
      content: input.content,
      createdBy: input.createdBy,
    })
    .returning({ id: uploads.id });
  return row.id;
}
