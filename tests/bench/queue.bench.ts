// Queue figures for the worker set-up of this project (batches of 10, per-job results, burst while
// batches come back full, LISTEN/NOTIFY), on the test-only no-op queue so that only the queue is measured:
//   - throughput: 20,000 jobs waiting, one worker process started, jobs/s until all are completed;
//   - latency at idle: ~100 single sends spaced apart, from enqueue to the job's start (both times from
//     PostgreSQL's clock: created_on and started_on of each job).
// A fresh embedded PostgreSQL of its own. BENCH_QUEUE_JOBS and BENCH_QUEUE_SENDS change the counts.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { PgBoss } from "pg-boss";
import postgres from "postgres";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { startEmbeddedPostgres } from "@/lib/dev/embedded-postgres";
import { startWorkerProcess, type WorkerProcess } from "../helpers/worker-process";
import { ms, summarize } from "./stats";

const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 20_000);
const SENDS = Number(process.env.BENCH_QUEUE_SENDS ?? 100);
const METRICS_PORT = 3248;
const QUEUE = "test.noop";

async function stopWorker(w: WorkerProcess) {
  w.child.kill("SIGTERM");
  await w.exited;
}

export async function run() {
  const dataDir = path.resolve(".tmp", `bench-queue-pg-${randomBytes(4).toString("hex")}`);
  const pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", preferredPort: 56_500, throwaway: true });
  const sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  const boss = new PgBoss({ connectionString: pg.url, supervise: false, schedule: false, migrate: false, max: 2 });
  boss.on("error", () => {});
  const workerEnv = (concurrency: number) => ({
    DATABASE_URL: pg.url,
    NODE_ENV: "test",
    WORKER_TEST_JOBS: "1",
    WORKER_CONCURRENCY: String(concurrency),
    WORKER_METRICS_PORT: String(METRICS_PORT),
    METRICS_TOKEN: "bench-metrics-token-0123456789",
    LOG_LEVEL: "info",
  });
  try {
    await migrateDatabase(pg.url);
    // A first worker creates the test queues, then leaves so that the jobs can pile up.
    const creator = startWorkerProcess(workerEnv(2));
    await creator.waitForLog("ready", 60_000);
    await stopWorker(creator);
    await boss.start();

    for (const concurrency of [2, 4]) {
      await sql`delete from pgboss.job where name = ${QUEUE}`;
      for (let i = 0; i < JOBS; i += 1000) {
        await boss.insert(
          QUEUE,
          Array.from({ length: Math.min(1000, JOBS - i) }, () => ({ data: {} })),
        );
      }
      const worker = startWorkerProcess(workerEnv(concurrency));
      await worker.waitForLog("ready", 60_000);
      const t0 = performance.now();
      let done = 0;
      while (done < JOBS) {
        await new Promise((r) => setTimeout(r, 100));
        [{ done }] = await sql`select count(*)::int as done from pgboss.job where name = ${QUEUE} and state = 'completed'`;
        if (performance.now() - t0 > 300_000) throw new Error(`only ${done} of ${JOBS} jobs completed in 5 minutes`);
      }
      const seconds = (performance.now() - t0) / 1000;
      const [{ first, last }] = await sql`
        select extract(epoch from min(started_on))::float8 as first, extract(epoch from max(completed_on))::float8 as last
        from pgboss.job where name = ${QUEUE}`;
      const scraped = await (
        await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`, { headers: { authorization: "Bearer bench-metrics-token-0123456789" } })
      ).text();
      const counted = /eventdesk_jobs_completed_total\{queue="test\.noop"\} (\d+)/.exec(scraped)?.[1];
      console.log(
        `throughput, WORKER_CONCURRENCY=${concurrency} (batch 10): ${JOBS} no-op jobs in ${seconds.toFixed(1)} s from "ready" = ` +
          `${Math.round(JOBS / seconds)} jobs/s (polled every 100 ms); first start → last completion ${(last - first).toFixed(1)} s = ${Math.round(JOBS / (last - first))} jobs/s ` +
          `(worker's own counter: ${counted})`,
      );
      await stopWorker(worker);
    }

    // Latency at idle: one job at a time, spaced apart, with the worker waiting on LISTEN/NOTIFY.
    await sql`delete from pgboss.job where name = ${QUEUE}`;
    const worker = startWorkerProcess(workerEnv(2));
    await worker.waitForLog("ready", 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    const ids: string[] = [];
    for (let i = 0; i < SENDS; i++) {
      ids.push((await boss.send(QUEUE, {}))!);
      await new Promise((r) => setTimeout(r, 150));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const rows = await sql`
      select extract(epoch from (started_on - created_on)) * 1000 as ms from pgboss.job
      where id = any(${ids}::uuid[]) and started_on is not null`;
    const s = summarize(rows.map((r) => Number(r.ms)));
    console.log(
      `latency at idle, enqueue → start (${s.n} of ${SENDS} sends, 150 ms apart): p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`,
    );
    await stopWorker(worker);
  } finally {
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await sql.end({ timeout: 5 });
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
