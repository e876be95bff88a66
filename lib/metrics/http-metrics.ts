// Request durations of the web process, fed by the request tracer (lib/metrics/request-tracer.ts).
import { Histogram } from "prom-client";
import { singleMetric } from "./registry";

export function recordHttpRequest(labels: { method: string; route: string; status: string }, seconds: number): void {
  singleMetric(
    "eventdesk_http_request_duration_seconds",
    (registry) =>
      new Histogram({
        name: "eventdesk_http_request_duration_seconds",
        help: "Time Next.js took to handle a request (pages, server actions, route handlers), by method, route pattern and status.",
        labelNames: ["method", "route", "status"],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
  ).observe(labels, seconds);
}
