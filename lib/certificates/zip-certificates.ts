// All of an event's valid certificates as one ZIP, streamed: PDFs are read from a database cursor
// 25 at a time and added to the archive only while the client keeps up (at most ~4 MB waits in the
// output buffer), so 1,000 certificates never sit in memory at once. PDFs are stored without
// compression: they are compressed already, and deflating them again costs CPU for nothing.
import { PassThrough, Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import yazl from "yazl";
import { sqlClient } from "@/lib/db/client";
import { asciiFilename } from "@/lib/http/content-disposition";

const BUFFERED_LIMIT = 4 * 1024 * 1024;

export function entryName(holderName: string, code: string): string {
  // ASCII (Greek transliterated: unzip tools disagree on UTF-8 names); the code's start keeps two
  // people of the same name apart.
  return asciiFilename(`${holderName.slice(0, 60)}-${code.slice(0, 8)}.pdf`, `certificate-${code.slice(0, 8)}.pdf`);
}

export function zipCertificates(eventId: string): ReadableStream<Uint8Array> {
  const zip = new yazl.ZipFile();
  const out = zip.outputStream as PassThrough;
  let cancelled = false;
  const buffered = () => out.readableLength + out.writableLength;

  (async () => {
    const cursor = sqlClient()`
      select holder_name, code, issued_at, pdf from certificates
      where event_id = ${eventId} and revoked_at is null order by holder_name, code`.cursor(25);
    for await (const rows of cursor) {
      for (const r of rows) {
        const entry = new PassThrough();
        entry.end(r.pdf as Buffer);
        zip.addReadStream(entry, entryName(r.holder_name as string, r.code as string), {
          compress: false,
          mtime: new Date(r.issued_at as string | Date),
          size: (r.pdf as Buffer).length,
        });
      }
      while (!cancelled && buffered() > BUFFERED_LIMIT) await sleep(5);
      if (cancelled) return;
    }
    zip.end();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));

  const web = Readable.toWeb(out) as ReadableStream<Uint8Array>;
  const reader = web.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      cancelled = true;
      return reader.cancel(reason);
    },
  });
}
