// Figures that belong to the whole system rather than one process, read from PostgreSQL when
// /api/metrics is scraped: jobs per queue and state (queue depth), the oldest ready job's wait, and
// emails per transport and status. Served by the web app only, so N workers do not repeat them.
import { sql } from "drizzle-orm";
import { Gauge } from "prom-client";
import type { Db } from "@/lib/db/client";
import { getQueueOverview, type QueueCounts } from "@/lib/queue-admin/queue-overview";
import { singleMetric } from "./registry";

type Snapshot = null | { queues: QueueCounts[]; emails: { transport: string; status: string; n: number }[] };

const STATES = ["queued", "retrying", "active", "completed", "failed", "cancelled"] as const;

async function readSnapshot(db: Db): Promise<NonNullable<Snapshot>> {
  const [queues, emails] = await Promise.all([
    getQueueOverview(db),
    db.execute<{ transport: string | null; status: string; n: number }>(
      sql`select transport, status, count(*)::int as n from messages group by transport, status`,
    ),
  ]);
  return { queues, emails: [...emails].map((e) => ({ transport: e.transport ?? "none", status: e.status, n: Number(e.n) })) };
}

/** Registers the gauges once; each scrape reads one fresh snapshot, shared by all of them. */
export function registerDatabaseMetrics(db: () => Db): void {
  let pending: { at: number; snapshot: Promise<Snapshot> } | undefined;
  const snapshot = () => {
    // A database outage leaves these figures out (and database_up at 0) rather than failing the scrape.
    if (!pending || Date.now() - pending.at > 1000) pending = { at: Date.now(), snapshot: readSnapshot(db()).catch(() => null) };
    return pending.snapshot;
  };
  singleMetric(
    "eventdesk_database_up",
    (registry) =>
      new Gauge({
        name: "eventdesk_database_up",
        help: "1 when the web app could read the figures below from PostgreSQL at this scrape, else 0.",
        registers: [registry],
        async collect() {
          this.set((await snapshot()) ? 1 : 0);
        },
      }),
  );
  singleMetric(
    "eventdesk_queue_jobs",
    (registry) =>
      new Gauge({
        name: "eventdesk_queue_jobs",
        help: "Jobs stored per queue and state (queued and retrying are the queue depth; finished jobs are kept for JOB_RETENTION_DAYS).",
        labelNames: ["queue", "state"],
        registers: [registry],
        async collect() {
          this.reset();
          for (const q of (await snapshot())?.queues ?? []) for (const state of STATES) this.set({ queue: q.name, state }, q[state]);
        },
      }),
  );
  singleMetric(
    "eventdesk_queue_oldest_ready_seconds",
    (registry) =>
      new Gauge({
        name: "eventdesk_queue_oldest_ready_seconds",
        help: "How long the oldest job that may run now has waited, per queue (0 when none waits).",
        labelNames: ["queue"],
        registers: [registry],
        async collect() {
          this.reset();
          for (const q of (await snapshot())?.queues ?? []) this.set({ queue: q.name }, q.oldestReadySeconds ?? 0);
        },
      }),
  );
  singleMetric(
    "eventdesk_emails",
    (registry) =>
      new Gauge({
        name: "eventdesk_emails",
        help: "Emails recorded, per transport and status (queued, sent, failed); rows deleted with a participant's data drop out.",
        labelNames: ["transport", "status"],
        registers: [registry],
        async collect() {
          this.reset();
          for (const e of (await snapshot())?.emails ?? []) this.set({ transport: e.transport, status: e.status }, e.n);
        },
      }),
  );
}
