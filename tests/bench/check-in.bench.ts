// Check-in at the door against the production build: an event with 20,000 approved participants,
// 20 scanning clients (each rotating over 3 phones with their own sessions and device ids, like a
// venue with 60 scanners) posting scans for 15 s — mostly distinct tickets, 10% repeats — while every
// phone polls the counters every 2.5 s. Before that, one client alone (what one scan and one 429
// cost); after it, 19 honest clients for 5 s without and 5 s with one phone flooding garbage at full
// speed, to see what the flood costs the others.
// Each phone does what the door page does with the counters: when a scan's answer carries them
// (`counters`), it shows those and polls only after 2.5 s without any; an older server's answers do
// not, and the page then asked for the counters at once after every scan (a second request per scan).
// BENCH_PG_STATS=1 loads pg_stat_statements into the scratch database and prints its top entries for
// the honest scanning phase; CPU ms per scan of the web process and PostgreSQL come from /proc.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/dev/embedded-postgres";
import { migrateDatabase } from "../../lib/migrations/migrate-database";
import { generateTicketCode } from "../../lib/tickets/ticket-code";
import { startAppStack, type AppStack } from "../helpers/app-stack";
import { closedLoop } from "./load";
import { postmasterPid, treeCpuMs } from "./process-cpu";
import { ms, summarize } from "./stats";

const PARTICIPANTS = 20_000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const FLOOD_MS = 5000;
const PHONES_PER_CLIENT = 3;
const REPEAT_SHARE = 0.1;

type Phone = { cookie: string; device: string; countersAt?: number };

export async function run() {
  // BENCH_CPU_PROF=dir: --cpu-prof profiles of web and worker there (node --import tsx tests/bench/profile-top.ts dir).
  const profDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
  if (profDir) mkdirSync(profDir, { recursive: true });
  const dataDir = path.join(process.cwd(), ".tmp", `bench-check-in-pg-${randomBytes(4).toString("hex")}`);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  let pg: RunningPostgres = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", preferredPort: 55471 });
  const pgStats = process.env.BENCH_PG_STATS === "1";
  if (pgStats) {
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin`alter system set shared_preload_libraries = 'pg_stat_statements'`;
    await admin.end();
    await pg.stop();
    pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", port: pg.port });
  }
  await migrateDatabase(pg.url, () => {});
  const stack = await startAppStack({
    port: Number(process.env.BENCH_PORT ?? 3462),
    databaseUrl: pg.url,
    build: process.env.BENCH_REUSE_BUILD !== "1",
    quiet: true,
    log: () => {},
    extraEnv: { NODE_ENV: "production", RATE_LIMITS: "off" },
    nodeArgs: profDir ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [],
  });
  const sql = postgres(stack.databaseUrl, { max: 4, onnotice: () => {} });
  try {
    if (pgStats) await sql`create extension if not exists pg_stat_statements`;
    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone)
      values ('bench-door', 'Benchmark Door', 'Hall A', now(), now() + interval '8 hours', 'Europe/Athens') returning id`;
    const codes = Array.from({ length: PARTICIPANTS }, () => generateTicketCode());
    for (let i = 0; i < codes.length; i += 2000) {
      const rows = codes.slice(i, i + 2000).map((code, j) => ({
        event_id: event.id,
        first_name: "Guest",
        last_name: String(i + j),
        email: `guest-${i + j}@example.com`,
        status: "approved",
        ticket_code: code,
      }));
      await sql`insert into participants ${sql(rows)}`;
    }
    await sql`analyze participants`;
    const signedIn = await signInPhones(stack, CONCURRENCY * PHONES_PER_CLIENT + 2);
    const [soloScan, soloGarbage] = signedIn.slice(-2);
    const phones = signedIn.slice(0, -2);
    const scanUrl = `${stack.url}/api/events/${event.id}/check-in/scan`;
    const countersUrl = `${stack.url}/api/events/${event.id}/check-in/counters`;

    const order = [...codes].sort(() => Math.random() - 0.5);
    let next = 0;
    const scanned: string[] = [];
    const pickCode = () =>
      scanned.length > 0 && Math.random() < REPEAT_SHARE
        ? scanned[Math.floor(Math.random() * scanned.length)]
        : order[next++ % order.length];
    const onScanned = (code: string) => scanned.push(code);

    // Phase 0: one client, one request at a time: what a scan and a refusal cost on their own.
    // 30 scans stay within one device's burst (40); 100 garbage requests run it dry, and the last ones
    // get their 429 after the one-second hold.
    const alone = await sequential(soloScan, scanUrl, 30, () => pickCode(), onScanned);
    const refused = await sequential(soloGarbage, scanUrl, 100, () => `garbage ${Math.random()}`);

    // The in-run reference: what this machine serves right now on the cheapest route.
    const health = await closedLoop(CONCURRENCY, 5000, async () => {
      const res = await fetch(`${stack.url}/api/health`);
      await res.arrayBuffer();
      return res.ok;
    });

    // Phase 1: honest scanning.
    if (pgStats) await sql`select pg_stat_statements_reset()`;
    const roots = { web: [stack.pids.web], postgres: [postmasterPid(dataDir)] };
    const cpu0 = { web: treeCpuMs(roots.web), postgres: treeCpuMs(roots.postgres) };
    const main = await load(phones, CONCURRENCY, DURATION_MS, scanUrl, countersUrl, onScanned, pickCode);
    const cpuPerScan = {
      web: (treeCpuMs(roots.web) - cpu0.web) / main.scans.n,
      postgres: (treeCpuMs(roots.postgres) - cpu0.postgres) / main.scans.n,
    };
    const top = pgStats
      ? await sql`
        select calls, round(total_exec_time::numeric, 1) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
        from pg_stat_statements order by total_exec_time desc limit 10`
      : [];

    // Phase 2: 19 honest clients for 5 s, then 5 s more while one phone floods garbage with 20
    // requests in flight (back to back, so the machine's other load is about the same for both).
    const honestPhones = phones.slice(0, -PHONES_PER_CLIENT);
    const quiet = await load(honestPhones, CONCURRENCY - 1, FLOOD_MS, scanUrl, countersUrl, onScanned, pickCode);
    const flooder = phones[phones.length - 1];
    const flood = { statuses: {} as Record<number, number>, n: 0 };
    const floodDeadline = Date.now() + FLOOD_MS;
    const flooding = Promise.all(
      Array.from({ length: 20 }, async () => {
        while (Date.now() < floodDeadline) {
          const res = await fetch(scanUrl, {
            method: "POST",
            headers: { cookie: flooder.cookie, "x-device-id": flooder.device, "content-type": "application/json" },
            body: JSON.stringify({ code: `garbage ${Math.random()}`, clientScanId: randomUUID() }),
          });
          await res.arrayBuffer();
          flood.statuses[res.status] = (flood.statuses[res.status] ?? 0) + 1;
          flood.n++;
        }
      }),
    );
    const flooded = await load(honestPhones, CONCURRENCY - 1, FLOOD_MS, scanUrl, countersUrl, onScanned, pickCode);
    await flooding;

    const [{ n: rows }] = await sql`select count(*)::int as n from check_ins where event_id = ${event.id}`;
    const [{ n: distinct }] = await sql`select count(distinct participant_id)::int as n from check_ins where event_id = ${event.id}`;
    console.log(
      `one client, sequential: scan p50 ${ms(alone.ok.p50)}, p99 ${ms(alone.ok.p99)} (${alone.ok.n}); garbage answered p50 ${ms(refused.ok.p50)} (${refused.ok.n}), then 429 after the hold p50 ${ms(refused.refused.p50)} (${refused.refused.n})`,
    );
    print(
      `check-in (production build, ${PARTICIPANTS} approved participants, concurrency ${CONCURRENCY}, ${(main.elapsed / 1000).toFixed(1)} s)`,
      main,
    );
    console.log(
      `  counters requests: ${main.pollCount} polls + ${main.refreshes} right after a scan (answers without counters), p50 ${ms(main.polls.p50)}, p99 ${ms(main.polls.p99)}, failed ${main.pollFailures}`,
    );
    console.log(
      `  CPU ms per scan (counters requests included): web ${cpuPerScan.web.toFixed(2)} + postgres ${cpuPerScan.postgres.toFixed(2)} = ${(cpuPerScan.web + cpuPerScan.postgres).toFixed(2)}`,
    );
    if (pgStats) {
      console.log("  pg_stat_statements, honest scanning phase, top by total time:");
      for (const r of top)
        console.log(
          `    ${String(r.total_ms).padStart(9)} ms  ${String(r.calls).padStart(6)} calls  ${String(r.mean_ms).padStart(7)} ms/call  ${r.query}`,
        );
    }
    const scansPerSecond = main.scans.n / (main.elapsed / 1000);
    console.log(
      `  in-run reference GET /api/health: ${health.perSecond.toFixed(1)} req/s; check-in ${scansPerSecond.toFixed(1)} scans/s = ${(scansPerSecond / health.perSecond).toFixed(2)} × health, p99 ${ms(main.scans.p99)} (goal ≥ 500/s, p99 < 50 ms)`,
    );
    print(`${CONCURRENCY - 1} honest clients, no flood (${(quiet.elapsed / 1000).toFixed(1)} s)`, quiet);
    print(`${CONCURRENCY - 1} honest clients while one phone floods garbage (${(flooded.elapsed / 1000).toFixed(1)} s)`, flooded);
    console.log(
      `  flood: ${flood.n} requests, ${(flood.n / (FLOOD_MS / 1000)).toFixed(0)} req/s, statuses ${JSON.stringify(flood.statuses)}`,
    );
    console.log(`  check-in rows: ${rows}, distinct participants: ${distinct} (one row each: ${rows === distinct ? "yes" : "NO"})`);
  } finally {
    await sql.end();
    const { closeDb } = await import("../../lib/db/client");
    await closeDb();
    await stack.stop();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Phones signed in through Better Auth in this process (its HTTP sign-in is rate limited per IP). */
async function signInPhones(stack: AppStack, count: number): Promise<Phone[]> {
  Object.assign(process.env, {
    DATABASE_URL: stack.databaseUrl,
    APP_URL: stack.url,
    BETTER_AUTH_SECRET: stack.env.BETTER_AUTH_SECRET,
    DB_POOL_MAX: "4",
  });
  const { auth } = await import("../../lib/auth/auth");
  const account = { name: "Bench Owner", email: "bench-owner@example.com", password: "bench-password-123" };
  await auth().api.signUpEmail({ body: account });
  const phones: Phone[] = [];
  for (let i = 0; i < count; i++) {
    const res = await auth().api.signInEmail({ body: { email: account.email, password: account.password }, returnHeaders: true });
    const token = /better-auth\.session_token=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
    if (!token) throw new Error("sign-in gave no session cookie");
    phones.push({ cookie: `better-auth.session_token=${token}`, device: randomUUID() });
  }
  return phones;
}

/** One request at a time; latencies split by answered (200) and refused (429). */
async function sequential(phone: Phone, scanUrl: string, count: number, code: () => string, onScanned?: (code: string) => void) {
  const ok: number[] = [];
  const refused: number[] = [];
  for (let i = 0; i < count; i++) {
    const c = code();
    const t0 = performance.now();
    const res = await fetch(scanUrl, {
      method: "POST",
      headers: { cookie: phone.cookie, "x-device-id": phone.device, "content-type": "application/json" },
      body: JSON.stringify({ code: c, clientScanId: randomUUID() }),
    });
    const body = await res.text();
    (res.status === 429 ? refused : ok).push(performance.now() - t0);
    if (res.ok && body.includes('"admitted"')) onScanned?.(c);
  }
  return { ok: summarize(ok), refused: summarize(refused) };
}

async function load(
  phones: Phone[],
  clients: number,
  durationMs: number,
  scanUrl: string,
  countersUrl: string,
  onScanned: (code: string) => void,
  pickCode: () => string,
) {
  const latencies: number[] = [];
  const pollLatencies: number[] = [];
  let pollFailures = 0;
  let refreshes = 0;
  const refreshing: Promise<unknown>[] = [];
  const fetchCounters = (phone: Phone) => {
    phone.countersAt = Date.now();
    const t0 = performance.now();
    // A connection reset under load is counted as a failed poll, not the end of the benchmark.
    return fetch(countersUrl, { headers: { cookie: phone.cookie, "x-device-id": phone.device } })
      .then((res) => res.arrayBuffer().then(() => res.ok))
      .catch(() => false)
      .then((ok) => {
        if (ok) pollLatencies.push(performance.now() - t0);
        else pollFailures++;
      });
  };
  const outcomes: Record<string, number> = {};
  const deadline = Date.now() + durationMs;
  const started = Date.now();
  let polls = 0;
  const poll = async (phone: Phone) => {
    phone.countersAt = undefined;
    while (Date.now() < deadline) {
      const due = (phone.countersAt ?? 0) + 2500;
      if (Date.now() < due) {
        await new Promise((r) => setTimeout(r, due - Date.now()));
        continue;
      }
      polls++;
      await fetchCounters(phone);
    }
  };
  const pollers = phones.slice(0, clients * PHONES_PER_CLIENT).map(poll);
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const phone = phones[c * PHONES_PER_CLIENT + (i % PHONES_PER_CLIENT)];
        const code = pickCode();
        const t0 = performance.now();
        const res = await fetch(scanUrl, {
          method: "POST",
          headers: { cookie: phone.cookie, "x-device-id": phone.device, "content-type": "application/json" },
          body: JSON.stringify({ code, clientScanId: randomUUID() }),
        }).catch(() => null);
        let body: { outcome: string; counters?: unknown } | null = null;
        if (res?.ok) body = (await res.json()) as { outcome: string; counters?: unknown };
        else await res?.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (body?.counters) phone.countersAt = Date.now();
        else if (body) {
          refreshes++;
          refreshing.push(fetchCounters(phone));
        }
        const key = body ? body.outcome : res ? `http ${res.status}` : "connection failed";
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (body?.outcome === "admitted") onScanned(code);
      }
    }),
  );
  const elapsed = Date.now() - started;
  await Promise.all([...pollers, ...refreshing]);
  return { elapsed, outcomes, scans: summarize(latencies), polls: summarize(pollLatencies), pollFailures, pollCount: polls, refreshes };
}

function print(title: string, r: Awaited<ReturnType<typeof load>>) {
  console.log(title);
  console.log(
    `  scans: ${r.scans.n}, ${(r.scans.n / (r.elapsed / 1000)).toFixed(0)} req/s, latency p50 ${ms(r.scans.p50)}, p99 ${ms(r.scans.p99)}, max ${ms(r.scans.max)}`,
  );
  console.log(`  outcomes: ${JSON.stringify(r.outcomes)}`);
}
