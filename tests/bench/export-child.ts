// The exporting process of export.bench.ts: streams one event's participants CSV exactly as the
// export route does (participantsCsv → csvStream), counts it, and reports its time and peak RSS.
import { eq } from "drizzle-orm";
import { csvStream } from "@/lib/csv/csv-stream";
import { closeDb, db } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { participantsCsv } from "@/lib/participants/export-participants-csv";

async function main() {
  const [event] = await db().select().from(events).where(eq(events.id, process.env.EVENT_ID!));
  const format = process.env.FORMAT === "semicolon" ? "semicolon" : "comma";
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  const started = performance.now();
  const reader = csvStream(participantsCsv(event, { sort: "registered", dir: "desc" }, format)).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, bytes, lines, baselineMb, peakMb: process.resourceUsage().maxRSS / 1024 }));
  await closeDb();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
