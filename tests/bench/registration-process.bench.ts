// The worker's registration.process job alone, for a manual-approval event: N pending participants
// (inserted directly, not through the web), then the job's handler run once for each, one after
// another, in this process with the outbox transport, against a fresh embedded PostgreSQL with
// pg_stat_statements loaded. Figures per job: SQL statements PostgreSQL executed (every statement,
// BEGIN and COMMIT included; pg_stat_statements counts all but COMMIT, one per BEGIN), this process's CPU (what the worker
// spends on the job: compose, render, claim, record) and CPU of every PostgreSQL process.
// BENCH_JOBS changes N (default 300); the first 20 jobs are a warm-up and not counted; BENCH_CPU_PROF=dir
// writes a CPU profile. Run alone:
//   node --import tsx tests/bench/registration-process.bench.ts
// It runs in a child process with NODE_ENV=production (as the worker runs): tsx picks React's JSX
// runtime by NODE_ENV when it starts, so setting it later in this process would mix dev and prod React.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/dev/embedded-postgres";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { postmasterPid, treeCpuMs } from "./process-cpu";
import { benchEnv } from "./scratch-postgres";

const JOBS = Number(process.env.BENCH_JOBS ?? 300);
const WARM_UP = 20;

export async function run() {
  if (process.env.NODE_ENV !== "production") {
    // BENCH_CPU_PROF=dir: a --cpu-prof profile of this process (the jobs) there (tests/bench/profile-top.ts).
    const profDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
    const profArgs = profDir ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
    const child = spawn(process.execPath, [...profArgs, "--import", "tsx", new URL(import.meta.url).pathname], {
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    if (code !== 0) throw new Error(`registration-process bench exited with ${code}`);
    return;
  }
  const dataDir = path.join(process.cwd(), ".tmp", `bench-regproc-pg-${randomBytes(4).toString("hex")}`);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  let pg: RunningPostgres = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", preferredPort: 56_720, throwaway: true });
  const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
  await admin`alter system set shared_preload_libraries = 'pg_stat_statements'`;
  await admin.end();
  await pg.stop();
  pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", port: pg.port, throwaway: true });
  // A crash outside the awaited chain (a render error thrown from a stream) would skip `finally`:
  // the scratch PostgreSQL must not outlive the benchmark.
  process.once("uncaughtException", (err) => {
    console.error(err);
    void pg.stop().finally(() => process.exit(1));
  });
  await migrateDatabase(pg.url, () => {});
  Object.assign(process.env, benchEnv(pg.url));
  const { closeDb, db } = await import("@/lib/db/client");
  const { default: job } = await import("@/jobs/registration-process");
  const { jobContext } = await import("../helpers/run-job");
  const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
  try {
    await sql`create extension if not exists pg_stat_statements`;
    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode)
      values ('bench-regproc', 'Συνέδριο Ανοιχτών Δεδομένων 2026', 'Τεχνόπολη, Αθήνα', now() + interval '30 days',
              now() + interval '30 days 8 hours', 'Europe/Athens', 'manual')
      returning id`;
    const people = await sql`
      insert into participants (event_id, first_name, last_name, email, status)
      select ${event.id}, 'Ελένη', 'Παπαδοπούλου ' || g, 'guest-' || g || '@example.com', 'pending'
      from generate_series(1, ${JOBS + WARM_UP}) g
      returning id`;
    const ids = people.map((p) => p.id as string);
    const handle = (participantId: string) => job.handle(jobContext(db()), job.payload.parse({ participantId }));

    for (const id of ids.slice(0, WARM_UP)) await handle(id);
    await sql`select pg_stat_statements_reset()`;
    const pgRoot = [postmasterPid(dataDir)];
    const cpu0 = process.cpuUsage();
    const pg0 = treeCpuMs(pgRoot);
    const t0 = performance.now();
    for (const id of ids.slice(WARM_UP)) await handle(id);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const pgMs = treeCpuMs(pgRoot) - pg0;

    // Everything but this benchmark's own reading of the statistics (its connection runs nothing else meanwhile).
    const stats = await sql`
      select calls::int, regexp_replace(query, '\\s+', ' ', 'g') as query from pg_stat_statements
      where query not ilike '%pg_stat_statements%' order by calls desc, query`;
    const statements = stats.reduce((n, r) => n + r.calls, 0);
    const transactions = stats.filter((r) => /^begin/i.test(r.query)).reduce((n, r) => n + r.calls, 0);
    const [{ sent }] = await sql`select count(*)::int as sent from messages where event_id = ${event.id} and status = 'sent'`;
    if (sent !== JOBS + WARM_UP) throw new Error(`${sent} confirmations sent for ${JOBS + WARM_UP} jobs`);

    console.log(`registration.process, manual approval, outbox transport, ${JOBS} jobs one after another (after ${WARM_UP} warm-up)`);
    // pg_stat_statements lists BEGIN but not COMMIT: each transaction adds one statement it does not show.
    console.log(
      `  SQL statements per job: ${((statements + transactions) / JOBS).toFixed(2)} (${(transactions / JOBS).toFixed(2)} transactions, BEGIN and COMMIT counted)`,
    );
    console.log(`  worker CPU per job:     ${((cpu.user + cpu.system) / 1000 / JOBS).toFixed(2)} ms`);
    console.log(`  PostgreSQL CPU per job: ${(pgMs / JOBS).toFixed(2)} ms (/proc ticks of 10 ms over ${pgMs} ms)`);
    console.log(`  wall time per job:      ${(wallMs / JOBS).toFixed(2)} ms`);
    console.log("  statements by calls:");
    for (const r of stats) console.log(`    ${String(r.calls).padStart(6)}  ${r.query.slice(0, 150)}`);
  } finally {
    await sql.end();
    await closeDb();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
