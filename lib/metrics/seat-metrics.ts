// Seat counter drift, counted by the worker that repaired it (maintenance.reconcile-seats) and served
// on its /metrics. Any increase means some path took or freed a seat without adjustSeats: alert on it.
import { Counter } from "prom-client";
import { singleMetric } from "./registry";

const events = () =>
  singleMetric(
    "eventdesk_seat_counter_repairs_total",
    (registry) =>
      new Counter({
        name: "eventdesk_seat_counter_repairs_total",
        help: "Events whose seats_taken counter differed from the seats really held and was set right.",
        registers: [registry],
      }),
  );

const seats = () =>
  singleMetric(
    "eventdesk_seat_counter_drift_seats_total",
    (registry) =>
      new Counter({
        name: "eventdesk_seat_counter_drift_seats_total",
        help: "Seats by which repaired counters were off, by direction (over: counted seats no one held).",
        labelNames: ["direction"],
        registers: [registry],
      }),
  );

export function recordSeatRepairs(repairs: readonly { before: number | null; after: number }[]): void {
  for (const r of repairs) {
    events().inc();
    const drift = (r.before ?? 0) - r.after;
    if (drift !== 0) seats().inc({ direction: drift > 0 ? "over" : "under" }, Math.abs(drift));
  }
}
