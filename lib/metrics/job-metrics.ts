// Job metrics, recorded by each worker process around every job it runs and served on the worker's
// own /metrics (WORKER_METRICS_PORT). Counters are per process: Prometheus sums them across workers.
import { Counter, Histogram } from "prom-client";
import { singleMetric } from "./registry";

const completed = () =>
  singleMetric(
    "eventdesk_jobs_completed_total",
    (registry) =>
      new Counter({
        name: "eventdesk_jobs_completed_total",
        help: "Jobs this worker completed, by queue.",
        labelNames: ["queue"],
        registers: [registry],
      }),
  );

const failed = () =>
  singleMetric(
    "eventdesk_jobs_failed_total",
    (registry) =>
      new Counter({
        name: "eventdesk_jobs_failed_total",
        help: "Job attempts that failed in this worker, by queue (a failed attempt is retried while its queue's retry limit allows).",
        labelNames: ["queue"],
        registers: [registry],
      }),
  );

const duration = () =>
  singleMetric(
    "eventdesk_job_duration_seconds",
    (registry) =>
      new Histogram({
        name: "eventdesk_job_duration_seconds",
        help: "Time a job's handler ran, by queue and outcome.",
        labelNames: ["queue", "outcome"],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
        registers: [registry],
      }),
  );

export function recordJob(queue: string, outcome: "completed" | "failed", seconds: number): void {
  (outcome === "completed" ? completed() : failed()).inc({ queue });
  duration().observe({ queue, outcome }, seconds);
}
