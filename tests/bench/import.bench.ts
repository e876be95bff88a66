// Import of 100,000 generated rows (2% invalid, 2% duplicates of an earlier row) through the real job
// in a real worker process (node on the compiled bundle) on a fresh embedded PostgreSQL: rows
// per second (the operation's started_at → finished_at, and enqueue → completed) and the worker's
// peak RSS (VmHWM), next to a bare COPY of the same file into a scratch table in the same run.
// The import runs twice: with the worker as `npm run worker` starts it (V8's old space capped,
// lib/dev/worker-command.ts), and without the cap, which shows how much of that peak would be
// garbage V8 had not collected yet rather than memory the import holds.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { drizzle } from "drizzle-orm/postgres-js";
import { PgBoss } from "pg-boss";
import postgres from "postgres";
import * as schema from "@/lib/db/schema";
import { importParamsSchema } from "@/lib/imports/import-settings";
import { previewUpload } from "@/lib/imports/preview-upload";
import { storeImportUpload } from "@/lib/imports/store-import-upload";
import { stopProcessGroup } from "../helpers/app-stack";
import { benchEnv, procMemory, scratchPostgres } from "./scratch-postgres";
import { testWorkerBundle } from "../helpers/worker-process";
import { workerNodeArgs } from "@/lib/dev/worker-command";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const firstNames = ["Γιώργος", "Ελένη", "Maria", "Jean-Luc", "Ada", "Νίκος", "Åsa", "José"];
const lastNames = ["Παπαδόπουλος", "Οικονόμου", "Müller", "O'Brien", "Lovelace", "Γεωργίου", "Ørsted", "García"];

/** The CSV as Excel's "CSV UTF-8" writes it: BOM, CRLF, quotes where needed. */
function generate(n: number) {
  const lines = ["First name,Last name,Email,Organisation,Phone,Notes"];
  let bad = 0;
  let duplicates = 0;
  for (let i = 1; i <= n; i++) {
    let email = `person${i}@example.org`;
    if (i % 50 === 0) {
      email = `not an email ${i}`;
      bad++;
    } else if (i % 50 === 25) {
      email = `  PERSON${i - 1}@Example.ORG `;
      duplicates++;
    }
    const first = firstNames[i % firstNames.length];
    const last = lastNames[(i * 7) % lastNames.length];
    lines.push(`${first},${last},${email},"Οργανισμός ${i % 300}, Τμήμα ${i % 7}",+30 210 ${String(1_000_000 + i).slice(-7)},`);
  }
  return { bytes: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8"), bad, duplicates };
}

async function waitUntil<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Setup = { sql: postgres.Sql; database: ReturnType<typeof drizzle<typeof schema>>; boss: PgBoss; url: string; bytes: Buffer };

/** One import into a fresh event through a freshly started worker. */
async function importOnce(s: Setup, slug: string, nodeArgs: string[]) {
  const env = benchEnv(s.url);
  // BENCH_CPU_PROF=dir: a --cpu-prof profile of the worker there (node --import tsx tests/bench/profile-top.ts dir).
  const profDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
  if (profDir) mkdirSync(profDir, { recursive: true });
  const profArgs = profDir ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
  const worker = spawn(process.execPath, [...profArgs, ...nodeArgs, testWorkerBundle()], {
    cwd: process.cwd(),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  worker.stdout!.on("data", (d) => (output += d));
  worker.stderr!.on("data", (d) => (output += d));
  try {
    // Each run starts from empty tables, so that both insert into indexes of the same size.
    await s.sql`truncate events, participants, participant_status_history, operations, uploads cascade`;
    const [event] = await s.sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode)
      values (${slug}, 'Import benchmark', 'Hall A', now() + interval '30 days', now() + interval '31 days', 'Europe/Athens', 'automatic')
      returning id`;
    const uploadId = await storeImportUpload(s.database, {
      eventId: event.id,
      filename: "bench.csv",
      contentType: "text/csv",
      content: s.bytes,
      createdBy: "bench",
    });
    const preview = await previewUpload(s.database, { id: uploadId, size: s.bytes.length });
    const params = importParamsSchema.parse({
      ...preview.settings,
      uploadId,
      filename: "bench.csv",
      mapping: preview.mapping,
      dryRun: false,
      sendEmails: false,
      columns: preview.header ?? [],
    });
    const [op] = await s.sql`
      insert into operations (event_id, kind, params, created_by)
      values (${event.id}, 'participants_import', ${JSON.stringify(params)}::jsonb, 'bench') returning id`;

    await waitUntil(
      async () => (output.includes('"msg":"ready"') || output.includes("] ready") ? true : undefined),
      60_000,
      () => `the worker to start:\n${output}`,
    );
    const idle = procMemory(worker.pid!);
    const enqueued = performance.now();
    await s.boss.send("participants.import", { operationId: op.id });
    const done = await waitUntil(
      async () => {
        const [row] =
          await s.sql`select state, total, processed, succeeded, failed, skipped, started_at, finished_at, error from operations where id = ${op.id}`;
        return row.state === "running" ? undefined : row;
      },
      600_000,
      () => `the import to finish:\n${output}`,
    );
    const wallSeconds = (performance.now() - enqueued) / 1000;
    const peak = procMemory(worker.pid!);
    if (done.state !== "completed") throw new Error(`import ${done.state}: ${done.error}`);
    const jobSeconds = (new Date(done.finished_at).getTime() - new Date(done.started_at).getTime()) / 1000;
    const [{ stored }] = await s.sql`select count(*)::int as stored from participants where event_id = ${event.id}`;
    return { done, stored, jobSeconds, wallSeconds, idle, peak };
  } finally {
    await stopProcessGroup(worker);
  }
}

export async function run() {
  const pg = await scratchPostgres("import", 55460);
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  const boss = new PgBoss({ connectionString: pg.url, supervise: false, schedule: false, migrate: false, max: 2 });
  try {
    await boss.start();
    const { bytes, bad, duplicates } = generate(ROWS);
    const setup: Setup = { sql, database: drizzle(sql, { schema }), boss, url: pg.url, bytes };
    console.log(
      `import of ${ROWS.toLocaleString("en")} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB, UTF-8 with BOM, ${bad} invalid, ${duplicates} duplicates), automatic approval`,
    );
    for (const [label, slug, nodeArgs] of [
      [`worker as npm run worker starts it (${workerNodeArgs("").join(" ")})`, "default", workerNodeArgs("")],
      ["worker without a heap cap", "uncapped", []],
    ] as const) {
      const r = await importOnce(setup, `bench-import-${slug}`, [...nodeArgs]);
      console.log(`  ${label}:`);
      console.log(
        `    outcome: ${r.done.succeeded} imported, ${r.done.skipped} skipped, ${r.done.failed} failed (expected ${ROWS - bad - duplicates} / ${duplicates} / ${bad}); ${r.stored} stored`,
      );
      console.log(
        `    job (started_at → finished_at): ${r.jobSeconds.toFixed(2)} s = ${Math.round(ROWS / r.jobSeconds).toLocaleString("en")} rows/s; enqueue → completed ${r.wallSeconds.toFixed(2)} s`,
      );
      console.log(`    worker RSS: idle ${r.idle.rssMb.toFixed(0)} MB, peak (VmHWM) ${r.peak.hwmMb.toFixed(0)} MB`);
    }

    await sql`create table scratch_copy (first_name text, last_name text, email text, organisation text, phone text, notes text)`;
    const copyStarted = performance.now();
    await pipeline(Readable.from([bytes.subarray(3)]), await sql`copy scratch_copy from stdin with (format csv, header true)`.writable());
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const [{ copied }] = await sql`select count(*)::int as copied from scratch_copy`;
    console.log(
      `  bare COPY of the same file into a scratch table (no indexes): ${copySeconds.toFixed(2)} s = ${Math.round(copied / copySeconds).toLocaleString("en")} rows/s (${copied} rows)`,
    );
  } finally {
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await sql.end();
    await pg.stop();
  }
}
