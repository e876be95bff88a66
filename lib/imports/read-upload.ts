// An upload's bytes, read from PostgreSQL a slice at a time (substring of the bytea), so that any
// worker on any machine can read it and none holds the whole file in memory.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { READ_SLICE_BYTES, SAMPLE_BYTES } from "./limits";

export async function* uploadSlices(db: DbOrTx, uploadId: string, size: number, sliceBytes = READ_SLICE_BYTES): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < size; offset += sliceBytes) {
    const [row] = await db.execute<{ part: Buffer }>(
      sql`select substring(content from ${offset + 1}::int for ${sliceBytes}::int) as part from uploads where id = ${uploadId}`,
    );
    if (!row) return; // deleted meanwhile
    yield row.part;
  }
}

/** The first bytes of an upload: what the preview and the detections look at. */
export async function readUploadStart(db: DbOrTx, uploadId: string, bytes = SAMPLE_BYTES): Promise<Buffer | null> {
  const [row] = await db.execute<{ part: Buffer }>(
    sql`select substring(content from 1 for ${bytes}::int) as part from uploads where id = ${uploadId}`,
  );
  return row?.part ?? null;
}
