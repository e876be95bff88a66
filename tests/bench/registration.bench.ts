// Registrations through the production build, measured against an in-run reference: absolute
// figures on a shared machine move from run to run, so every rate is also printed as a ratio to
// GET /api/health measured in the same run (before and after, averaged). 20 clients, closed loop:
//
//   1. GET /api/health (reference)      2. GET the public event page      3. POST the registration
//      form the way a browser without JavaScript does, on a manual-approval event (no ticket)
//   4. GET /api/health again            5. wait for the worker to store every confirmation
//
// CPU per registration comes from /proc counters of the web process tree, the worker and every
// PostgreSQL process, over the registration round and the drain that follows it.
//
// BENCH_PG_STATS=1 loads pg_stat_statements into the scratch database and prints its top entries;
// BENCH_CPU_PROF=dir writes --cpu-prof profiles of web and worker there (summarise them with
// `node --import tsx tests/bench/profile-top.ts dir`). The public rate limits are off (RATE_LIMITS).
// BENCH_QUESTIONS=N (0–5) gives the event that many registration questions of different types (all
// required) and every registration answers them: the cost of the question schema and the answers.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/dev/embedded-postgres";
import { startAppStack } from "../helpers/app-stack";
import { closedLoop, type LoadResult } from "./load";
import { postmasterPid, treeCpuMs } from "./process-cpu";
import { ms, summarize } from "./stats";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const ROUND_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 1_000_000);
const PORT = Number(process.env.BENCH_PORT ?? 3461);
// A new slug each run: a reused build keeps Next's data cache, which would still hold the previous
// run's event (another scratch database) under the same slug until its backstop revalidation.
const SLUG = `bench-${randomBytes(4).toString("hex")}`;
const QUESTIONS = Math.max(0, Math.min(5, Number(process.env.BENCH_QUESTIONS ?? 0)));

// Five questions of different types, and the answer each registration gives (form field → value).
const BENCH_QUESTIONS = [
  {
    q: {
      id: "benchrole1",
      key: "role",
      type: "single_choice",
      label: "Role",
      help: "",
      required: true,
      display: "radio",
      options: [
        { id: "teacher001", label: "Teacher" },
        { id: "student001", label: "Student" },
      ],
    },
    answer: ["teacher001"],
  },
  {
    q: {
      id: "benchschl1",
      key: "school",
      type: "short_text",
      label: "School",
      help: "",
      required: true,
      showWhen: { questionId: "benchrole1", value: "teacher001" },
    },
    answer: ["Lyceum of Athens"],
  },
  {
    q: {
      id: "benchdiet1",
      key: "diet",
      type: "multiple_choice",
      label: "Diet",
      help: "",
      required: true,
      options: [
        { id: "vegan00001", label: "Vegan" },
        { id: "gluten0001", label: "No gluten" },
      ],
    },
    answer: ["vegan00001", "gluten0001"],
  },
  { q: { id: "benchphot1", key: "photos", type: "yes_no", label: "Photos", help: "", required: true }, answer: ["yes"] },
  {
    q: { id: "benchyear1", key: "years", type: "number", label: "Years of experience", help: "", required: true, min: 0, max: 60 },
    answer: ["12"],
  },
].slice(0, QUESTIONS);

export async function run() {
  const dataDir = path.join(process.cwd(), ".tmp", `bench-registration-pg-${randomBytes(4).toString("hex")}`);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  let pg: RunningPostgres = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", preferredPort: 55461 });
  const pgStats = process.env.BENCH_PG_STATS === "1";
  if (pgStats) {
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin`alter system set shared_preload_libraries = 'pg_stat_statements'`;
    await admin.end();
    await pg.stop();
    pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", port: pg.port });
  }
  await migrateDatabase(pg.url, () => {});
  const profDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
  if (profDir) mkdirSync(profDir, { recursive: true });
  const stack = await startAppStack({
    port: PORT,
    databaseUrl: pg.url,
    build: process.env.BENCH_REUSE_BUILD !== "1",
    quiet: true,
    log: () => {},
    extraEnv: { NODE_ENV: "production", RATE_LIMITS: "off" },
    nodeArgs: profDir ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [],
  });
  const sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  try {
    if (pgStats) await sql`create extension if not exists pg_stat_statements`;
    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode, capacity, questions)
      values (${SLUG}, 'Benchmark Conference', 'Hall A', now() + interval '30 days', now() + interval '31 days', 'Europe/Athens', 'manual', ${CAPACITY},
              ${sql.json(BENCH_QUESTIONS.map((b) => b.q))})
      returning id`;
    const page = await (await fetch(`${stack.url}/e/${SLUG}`)).text();
    // What a phone downloads for the page (the server gzips it for every request).
    const pageBytes = { html: Buffer.byteLength(page), gzip: gzipSync(page).length };
    const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(
      ([, name, value]) => [name, (value ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")] as const,
    );
    if (!hidden.length) throw new Error("no server action fields found in the form");
    // Where a browser without JavaScript sends the form: the submit button's formaction (the
    // registration route), else the page itself (its server action). BENCH_POST=action posts to the
    // page's action regardless, as the form did before it had the route.
    const formAction = /<button[^>]*\sformAction="([^"]+)"/i.exec(page)?.[1]?.replaceAll("&amp;", "&");
    const postUrl = `${stack.url}${process.env.BENCH_POST !== "action" && formAction ? formAction : `/e/${SLUG}`}`;

    const get = (url: string) => async () => {
      const res = await fetch(url);
      await res.arrayBuffer();
      return res.ok;
    };
    const health1 = await closedLoop(CONCURRENCY, ROUND_MS, get(`${stack.url}/api/health`));
    const publicPage = await closedLoop(CONCURRENCY, ROUND_MS, get(`${stack.url}/e/${SLUG}`));

    if (pgStats) await sql`select pg_stat_statements_reset()`;
    const roots = { web: [stack.pids.web], worker: stack.pids.workers, postgres: [postmasterPid(dataDir)] };
    const cpu0 = { web: treeCpuMs(roots.web), worker: treeCpuMs(roots.worker), postgres: treeCpuMs(roots.postgres) };
    const submitted = new Map<string, number>();
    const registration = await closedLoop(CONCURRENCY, ROUND_MS, async (client, seq) => {
      const email = `bench-${client}-${seq}@example.com`;
      const form = new FormData();
      for (const [name, value] of hidden) form.append(name, value);
      form.append("firstName", "Ελένη");
      form.append("lastName", "Benchmark");
      form.append("email", email);
      form.append("consent", "on");
      for (const b of BENCH_QUESTIONS) for (const v of b.answer) form.append(`q_${b.q.id}`, v);
      submitted.set(email, Date.now());
      const res = await fetch(postUrl, { method: "POST", body: form, redirect: "manual" });
      const body = await res.text();
      // A 303 to the confirmation page (post → redirect → get), or a page that says so.
      return (
        (res.status === 303 && (res.headers.get("location") ?? "").includes("/registered")) ||
        (res.ok && body.includes("you are registered"))
      );
    });
    const admitted = registration.requests - registration.errors;

    // Wait for the worker to drain, then read when each confirmation was stored as sent.
    const drainDeadline = Date.now() + 120_000;
    for (;;) {
      const [{ n }] = await sql`select count(*)::int as n from messages where event_id = ${event.id} and status = 'sent'`;
      if (n >= admitted || Date.now() > drainDeadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const cpu = {
      web: (treeCpuMs(roots.web) - cpu0.web) / admitted,
      worker: (treeCpuMs(roots.worker) - cpu0.worker) / admitted,
      postgres: (treeCpuMs(roots.postgres) - cpu0.postgres) / admitted,
    };
    const health2 = await closedLoop(CONCURRENCY, ROUND_MS, get(`${stack.url}/api/health`));
    const health = (health1.perSecond + health2.perSecond) / 2;

    const rows = await sql`select to_address, sent_at from messages where event_id = ${event.id} and status = 'sent'`;
    const pipeline = summarize(rows.map((r) => (r.sent_at as Date).getTime() - submitted.get(r.to_address as string)!));
    const [{ participants, seats, answered }] = await sql`
      select (select count(*)::int from participants where event_id = ${event.id}) as participants,
             (select count(*)::int from participants where event_id = ${event.id} and answers <> '{}'::jsonb) as answered,
             (select to_jsonb(e) ->> 'seats_taken' from events e where e.id = ${event.id}) as seats`;

    const line = (name: string, r: LoadResult) =>
      console.log(
        `  ${name.padEnd(22)} ${r.perSecond.toFixed(1).padStart(7)} req/s  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  (${r.requests} requests, ${r.errors} errors)`,
      );
    console.log(
      `registration (production build, ${CONCURRENCY} clients, ${ROUND_MS / 1000} s rounds, capacity ${CAPACITY}, ${QUESTIONS} questions)`,
    );
    line("GET /api/health #1", health1);
    line(`GET /e/bench (${(pageBytes.html / 1024).toFixed(0)} kB, ${(pageBytes.gzip / 1024).toFixed(0)} kB gzipped)`, publicPage);
    line(`POST registration (${postUrl.slice(stack.url.length)})`, registration);
    line("GET /api/health #2", health2);
    console.log(
      `  participants stored: ${participants}; with answers: ${answered}; seats counted: ${seats ?? "-"}; confirmations sent: ${rows.length}`,
    );
    console.log(`  submit → confirmation stored: p50 ${ms(pipeline.p50)}, p99 ${ms(pipeline.p99)}, max ${ms(pipeline.max)}`);
    console.log("  ratios against the in-run reference (GET /api/health, mean of both rounds):");
    console.log(`    registration ÷ health   ${(registration.perSecond / health).toFixed(2)}   (goal ≥ 0.7)`);
    console.log(`    public page ÷ health    ${(publicPage.perSecond / health).toFixed(2)}   (goal ≥ 0.9)`);
    console.log(`    registration p99        ${ms(registration.p99)}   (goal < 150 ms)`);
    console.log(
      `    CPU ms per registration web ${cpu.web.toFixed(1)} + worker ${cpu.worker.toFixed(1)} + postgres ${cpu.postgres.toFixed(1)} = ${(cpu.web + cpu.worker + cpu.postgres).toFixed(1)}   (goal < 10)`,
    );
    console.log(`    submit → confirmation p99 ${ms(pipeline.p99)}   (goal < 1 s)`);

    if (pgStats) {
      const top = await sql`
        select calls, round(total_exec_time::numeric, 1) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
        from pg_stat_statements order by total_exec_time desc limit 12`;
      console.log("  pg_stat_statements, registration round and drain, top by total time:");
      for (const r of top)
        console.log(
          `    ${String(r.total_ms).padStart(9)} ms  ${String(r.calls).padStart(6)} calls  ${String(r.mean_ms).padStart(7)} ms/call  ${r.query}`,
        );
    }
  } finally {
    await sql.end();
    await stack.stop();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
