// Bulk RSVP send: 10,000 approved recipients, one worker process (as production runs it) against the
// fake Resend started here, limited like Resend's default team to 2 requests/s, 100 emails per batch
// call. Figures: time from the job's enqueue to the operation's completion, next to the physical
// limit (10,000 / 100 / 2 = 50 s) and to one call per email (10,000 / 2 = 5,000 s); provider calls
// made and refused; the worker's peak resident memory. Checks that every recipient got exactly one
// email. A fresh embedded PostgreSQL of its own; BENCH_RSVP_RECIPIENTS changes the count, and
// BENCH_RSVP_WORKER_NODE_OPTIONS is given to the worker as NODE_OPTIONS (e.g. --max-old-space-size=128:
// most of the peak RSS is garbage V8 has not collected yet, not live data).
import postgres from "postgres";
import { PgBoss } from "pg-boss";
import { startFakeResend } from "../helpers/fake-resend";
import { startWorkerProcess } from "../helpers/worker-process";
import { benchEnv, procMemory, scratchPostgres } from "./scratch-postgres";

const RECIPIENTS = Number(process.env.BENCH_RSVP_RECIPIENTS ?? 10_000);
const RATE = 2;
const BATCH = 100;
const TARGET = 1.3;
const WORKER_NODE_OPTIONS = process.env.BENCH_RSVP_WORKER_NODE_OPTIONS ?? "";

export async function run() {
  const pg = await scratchPostgres("rsvp", 56_620);
  const fake = await startFakeResend({ apiKey: "re_bench", requestsPerSecond: RATE });
  const sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  const boss = new PgBoss({ connectionString: pg.url, supervise: false, schedule: false, migrate: false, max: 2 });
  boss.on("error", () => {});
  const worker = startWorkerProcess({
    ...benchEnv(pg.url),
    EMAIL_TRANSPORT: "resend",
    RESEND_BASE_URL: fake.url,
    RESEND_API_KEY: "re_bench",
    LOG_LEVEL: "info",
    NODE_OPTIONS: WORKER_NODE_OPTIONS,
  });
  let sampler: NodeJS.Timeout | undefined;
  try {
    await boss.start();
    await worker.waitForLog("ready", 60_000);

    // What startRsvpSend writes: the event, its approved participants, the operation with one item
    // per recipient and its total, and the rsvp.bulk job.
    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone)
      values ('bench-rsvp', 'Συνέδριο Ανοιχτών Δεδομένων 2026', 'Τεχνόπολη, Αθήνα', now() + interval '7 days', now() + interval '7 days 8 hours', 'Europe/Athens')
      returning id`;
    await sql`
      insert into participants (event_id, first_name, last_name, email, status)
      select ${event.id}, 'Ελένη', 'Παπαδοπούλου ' || lpad(g::text, 5, '0'), 'guest-' || g || '@example.com', 'approved'
      from generate_series(1, ${RECIPIENTS}) g`;
    const [op] = await sql`
      insert into operations (event_id, kind, request_key, params, total)
      values (${event.id}, 'rsvp_email', 'bench', ${sql.json({ scope: "filter", filter: { status: "approved", rsvp: "none" } })}, ${RECIPIENTS})
      returning id`;
    await sql`insert into operation_items (operation_id, participant_id) select ${op.id}, id from participants where event_id = ${event.id}`;

    const idle = procMemory(worker.child.pid!);
    let peakSampled = idle.rssMb;
    sampler = setInterval(() => {
      try {
        peakSampled = Math.max(peakSampled, procMemory(worker.child.pid!).rssMb);
      } catch {
        // the worker is gone: the final check below says so
      }
    }, 200);

    const t0 = Date.now();
    await boss.send("rsvp.bulk", { operationId: op.id });
    let state = "running";
    let processed = 0;
    let lastReport = t0;
    while (state === "running") {
      await new Promise((r) => setTimeout(r, 100));
      [{ state, processed }] = await sql`select state, processed from operations where id = ${op.id}`;
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        console.log(`  … ${processed}/${RECIPIENTS} after ${((lastReport - t0) / 1000).toFixed(0)} s`);
      }
      if (Date.now() - t0 > 15 * 60_000)
        throw new Error(`only ${processed} of ${RECIPIENTS} sent in 15 minutes:\n${worker.output().slice(-3000)}`);
    }
    const seconds = (Date.now() - t0) / 1000;
    clearInterval(sampler);
    const end = procMemory(worker.child.pid!);

    const [counts] = await sql`select total, processed, succeeded, failed, skipped from operations where id = ${op.id}`;
    const calls = fake.requests.filter((r) => r.path === "/emails/batch");
    const perAddress = new Map<string, number>();
    for (const e of fake.received) perAddress.set(e.to[0], (perAddress.get(e.to[0]) ?? 0) + 1);
    const once = [...perAddress.values()].every((n) => n === 1);
    const first = calls[0]?.at ?? t0;
    const last = calls.at(-1)?.at ?? t0;

    const limit = RECIPIENTS / BATCH / RATE;
    const oneByOne = RECIPIENTS / RATE;
    console.log(
      `bulk RSVP send, ${RECIPIENTS} recipients, fake Resend at ${RATE} requests/s, ${BATCH} emails per batch call, 1 worker${WORKER_NODE_OPTIONS ? ` (NODE_OPTIONS=${WORKER_NODE_OPTIONS})` : ""}`,
    );
    console.log(
      `  enqueue → completed: ${seconds.toFixed(1)} s; physical limit ${limit.toFixed(0)} s → ${(seconds / limit).toFixed(2)}× the limit (target ≤ ${TARGET}×: ${seconds / limit <= TARGET ? "met" : "NOT met"}); one call per email would take ${oneByOne.toFixed(0)} s`,
    );
    console.log(
      `  first → last provider call: ${((last - first) / 1000).toFixed(1)} s; job start → first call ${((first - t0) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  provider calls: ${calls.filter((c) => c.status === 200).length} accepted, ${calls.filter((c) => c.status === 429).length} answered 429; emails received ${fake.received.length}, distinct recipients ${perAddress.size}, each exactly once: ${once}`,
    );
    console.log(
      `  operation: total ${counts.total}, processed ${counts.processed}, sent ${counts.succeeded}, failed ${counts.failed}, skipped ${counts.skipped}`,
    );
    console.log(
      `  worker RSS: ${idle.rssMb.toFixed(0)} MB idle, peak ${end.hwmMb.toFixed(0)} MB (VmHWM; sampled max ${peakSampled.toFixed(0)} MB), ${end.rssMb.toFixed(0)} MB after`,
    );
  } finally {
    if (sampler) clearInterval(sampler);
    worker.child.kill("SIGTERM");
    await Promise.race([worker.exited, new Promise((r) => setTimeout(r, 20_000))]);
    worker.kill();
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await sql.end();
    await fake.close();
    await pg.stop();
  }
}
