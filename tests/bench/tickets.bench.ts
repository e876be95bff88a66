// Ticket rendering, in one run: (a) the bare render of one ticket (QR + React-PDF) in this process,
// 200 times; (b) the whole pipeline on the production stack with one worker: 1,000 participants
// approved in one transaction (history rows + participant.approved jobs, as the approve use-case
// writes them), timed until all 1,000 approval emails with their tickets are stored as sent, while
// the worker's resident memory is sampled. The pipeline's time per ticket next to the bare render's
// shows what the queue, the database and the email cost on top of the PDF itself.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { PgBoss, fromDrizzle } from "pg-boss";
import postgres from "postgres";
import { renderTicketPdf } from "@/lib/tickets/render-ticket";
import { generateTicketCode } from "@/lib/tickets/ticket-code";
import { startAppStack } from "../helpers/app-stack";
import { ms, summarize } from "./stats";

const RENDERS = Number(process.env.BENCH_TICKET_RENDERS ?? 200);
const APPROVALS = Number(process.env.BENCH_TICKET_APPROVALS ?? 1000);
const PORT = 3242;
const WORKER_CONCURRENCY = process.env.BENCH_TICKET_WORKER_CONCURRENCY;

const sampleEvent = {
  title: "Συνέδριο Ανοιχτών Δεδομένων 2026",
  venue: "Τεχνόπολη, Πειραιώς 100, Αθήνα",
  startsAt: new Date("2026-12-01T07:30:00Z"),
  endsAt: new Date("2026-12-01T15:00:00Z"),
  timeZone: "Europe/Athens",
};

async function bareRender() {
  const code = generateTicketCode();
  const person = { firstName: "Ελένη", lastName: "Παπαδοπούλου 0001" };
  for (let i = 0; i < 20; i++) await renderTicketPdf(sampleEvent, person, code); // warm-up: fonts, JIT
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < RENDERS; i++) {
    const t0 = performance.now();
    bytes = (await renderTicketPdf(sampleEvent, person, code)).length;
    times.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu);
  return {
    perTicket: (performance.now() - started) / RENDERS,
    cpuPerTicket: (used.user + used.system) / 1000 / RENDERS,
    stats: summarize(times),
    bytes,
  };
}

function printBare(label: string, bare: Awaited<ReturnType<typeof bareRender>>) {
  console.log(`bare render ${label} (QR + React-PDF, same document, ${RENDERS} in-process, sequential)`);
  console.log(
    `  ${ms(bare.perTicket)} per ticket (CPU ${ms(bare.cpuPerTicket)}); p50 ${ms(bare.stats.p50)}, p99 ${ms(bare.stats.p99)}, max ${ms(bare.stats.max)}; ${(bare.bytes / 1024).toFixed(1)} KB each`,
  );
}

/** CPU time (user + system) a process has used so far, in ms: unaffected by what else the machine runs. */
const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks; // utime, stime
}

/** Resident memory of a process from /proc, in MB: current (VmRSS) and peak since it started (VmHWM). */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

async function seedParticipants(client: postgres.Sql, slug: string, n: number): Promise<string> {
  const [event] = await client`
    insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode)
    values (${slug}, ${sampleEvent.title}, ${sampleEvent.venue}, ${sampleEvent.startsAt.toISOString()}, ${sampleEvent.endsAt.toISOString()}, ${sampleEvent.timeZone}, 'manual')
    returning id`;
  await client`
    insert into participants (event_id, first_name, last_name, email)
    select ${event.id}, 'Ελένη', 'Παπαδοπούλου ' || lpad(g::text, 4, '0'), ${slug} || '-' || g || '@example.com'
    from generate_series(1, ${n}) g`;
  return event.id as string;
}

/**
 * Approves every pending participant of the event as the approve use-case does: one transaction
 * with the status change, one history row each and one participant.approved job each.
 */
async function approveAll(d: PostgresJsDatabase, boss: PgBoss, eventId: string): Promise<void> {
  await d.transaction(async (tx) => {
    const changes = await tx.execute<{ change_id: string; participant_id: string }>(sql`
      with changed as (
        update participants set status = 'approved', status_changed_at = now(), updated_at = now()
        where event_id = ${eventId} and status = 'pending'
        returning id
      )
      insert into participant_status_history (participant_id, from_status, to_status, changed_by_name)
      select id, 'pending', 'approved', 'benchmark' from changed
      returning id as change_id, participant_id`);
    const jobs = [...changes].map((c) => ({ data: { participantId: c.participant_id, changeId: c.change_id } }));
    await boss.insert("participant.approved", jobs, { db: fromDrizzle(tx, sql) });
  });
}

async function waitForSent(
  client: postgres.Sql,
  eventId: string,
  n: number,
  deadline: number,
  onProgress?: (sent: number) => void,
): Promise<void> {
  for (;;) {
    const [row] =
      await client`select count(*)::int as n from messages where event_id = ${eventId} and kind = 'approved' and status = 'sent'`;
    onProgress?.(row.n);
    if (row.n >= n) return;
    if (Date.now() > deadline) throw new Error(`only ${row.n} of ${n} approval emails sent in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function run() {
  const bare = await bareRender();
  printBare("before", bare);

  const stack = await startAppStack({
    port: PORT,
    build: process.env.BENCH_REUSE_BUILD !== "1",
    workers: 1,
    quiet: true,
    log: () => {},
    extraEnv: WORKER_CONCURRENCY ? { ...process.env, WORKER_CONCURRENCY } : undefined,
  });
  const client = postgres(stack.databaseUrl, { max: 4, onnotice: () => {} });
  const d = drizzle(client);
  const boss = new PgBoss({ connectionString: stack.databaseUrl, supervise: false, schedule: false, migrate: false, max: 2 });
  const workerPid = stack.pids.workers[0];
  let sampler: NodeJS.Timeout | undefined;
  try {
    await boss.start();
    // One approval first: the worker is up (the stack waits for the web app only) and has loaded
    // its fonts, so the figures below are the steady state.
    const warmUp = await seedParticipants(client, "bench-tickets-warm-up", 1);
    await approveAll(d, boss, warmUp);
    await waitForSent(client, warmUp, 1, Date.now() + 120_000);
    const event = { id: await seedParticipants(client, "bench-tickets", APPROVALS) };

    const idle = memoryOf(workerPid);
    const cpuBefore = cpuMsOf(workerPid);
    let peakSampled = idle?.rss ?? 0;
    sampler = setInterval(() => {
      const m = memoryOf(workerPid);
      if (m) peakSampled = Math.max(peakSampled, m.rss);
    }, 100);

    const approveStarted = Date.now();
    await approveAll(d, boss, event.id);
    const committed = Date.now();
    // The worker's memory as the run goes on: a plateau, not a climb, means nothing accumulates per ticket.
    const quarters: string[] = [];
    await waitForSent(client, event.id, APPROVALS, committed + 15 * 60_000, (sent) => {
      while (quarters.length < 4 && sent >= ((quarters.length + 1) * APPROVALS) / 4)
        quarters.push(memoryOf(workerPid)?.rss.toFixed(0) ?? "?");
    });
    clearInterval(sampler);
    const end = memoryOf(workerPid);
    const workerCpuMs = cpuMsOf(workerPid) - cpuBefore;

    const [result] = await client`
      select count(*)::int as sent, (extract(epoch from min(sent_at)) * 1000)::float8 as first, (extract(epoch from max(sent_at)) * 1000)::float8 as last,
             (select count(*)::int from tickets where event_id = ${event.id}) as tickets,
             (select count(distinct code)::int from tickets where event_id = ${event.id}) as codes,
             (select count(*)::int from message_attachments a join messages m2 on m2.id = a.message_id where m2.event_id = ${event.id}) as attachments
      from messages where event_id = ${event.id} and kind = 'approved' and status = 'sent'`;
    const [{ failed }] =
      await client`select count(*)::int as failed from pgboss.job where name = 'participant.approved' and state = 'failed'`;
    const elapsedMs = Number(result.last) - committed;
    const perTicket = elapsedMs / result.sent;

    console.log(
      `pipeline (production stack, 1 worker, WORKER_CONCURRENCY ${stack.env.WORKER_CONCURRENCY ?? 2} batches of 10; ${APPROVALS} approvals in one transaction of ${committed - approveStarted} ms)`,
    );
    console.log(
      `  approval emails sent: ${result.sent}/${APPROVALS}; tickets stored: ${result.tickets} (${result.codes} distinct codes); attachments: ${result.attachments}; failed jobs: ${failed}`,
    );
    console.log(`  commit → first email sent ${ms(Number(result.first) - committed)}, → all sent ${(elapsedMs / 1000).toFixed(1)} s`);
    console.log(`  ${(result.sent / (elapsedMs / 1000)).toFixed(1)} tickets/s; ${ms(perTicket)} per ticket`);
    console.log(`  worker CPU: ${ms(workerCpuMs / result.sent)} per ticket (the whole job: render, queries, email composition, delivery)`);
    console.log(
      `  worker RSS: ${idle?.rss.toFixed(0)} MB before the approvals (after one warm-up ticket), peak ${end?.hwm.toFixed(0)} MB (VmHWM; sampled max ${peakSampled.toFixed(0)} MB); at 25/50/75/100% sent: ${quarters.join("/")} MB`,
    );
    const after = await bareRender();
    printBare("after", after);
    const bareWall = (bare.perTicket + after.perTicket) / 2;
    const bareCpu = (bare.cpuPerTicket + after.cpuPerTicket) / 2;
    console.log(
      `pipeline vs bare render (mean of before and after), wall: ${ms(perTicket)} vs ${ms(bareWall)} per ticket = ${(perTicket / bareWall).toFixed(2)}×`,
    );
    console.log(
      `pipeline vs bare render, CPU: worker ${ms(workerCpuMs / result.sent)} vs ${ms(bareCpu)} per ticket = ${(workerCpuMs / result.sent / bareCpu).toFixed(2)}×`,
    );
  } finally {
    if (sampler) clearInterval(sampler);
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await client.end();
    await stack.stop();
  }
}
