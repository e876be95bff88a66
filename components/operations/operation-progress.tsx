"use client";
// Any bulk operation's progress, live: polled once a second from the one progress route while it
// runs (no reload), with a state badge, a progress bar, the counts, the rate over the last seconds
// and the time left. Each kind only brings its words (below). When the operation ends the page is
// refreshed (refreshOnDone) to show what the operation left: the import report, the failures.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { OperationProgress as Progress } from "@/lib/operations/progress";

const n = (v: number) => v.toLocaleString("en-GB");
const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;
// The rate is measured over this window: recent enough to follow a slowdown (a 429), long enough to be steady.
const RATE_WINDOW_MS = 15_000;

type Words = {
  title: string;
  /** The progress bar's accessible name. */
  bar: string;
  running: string;
  /** The counters shown, by label. */
  tiles: (p: Progress) => [string, number][];
  status: (p: Progress, percent: number) => string;
  /** What one item is, for the rate. */
  unit: string;
};

const done = (p: Progress, word: string) =>
  `${n(p.processed)} of ${n(p.total)} done: ${n(p.succeeded)} ${word}${p.skipped ? `, ${n(p.skipped)} skipped` : ""}${p.failed ? `, ${n(p.failed)} failed` : ""}`;

/** Total, then what succeeded (as `succeededLabel`), failed and skipped: the tiles of a send or a render. */
const itemTiles =
  (succeededLabel: string) =>
  (p: Progress): [string, number][] => [
    ["Total", p.total],
    [succeededLabel, p.succeeded],
    ["Failed", p.failed],
    ["Skipped", p.skipped],
  ];

const words: Record<Progress["kind"], Words> = {
  rsvp_email: {
    title: "RSVP emails",
    bar: "Emails done",
    running: "Sending",
    unit: "emails",
    tiles: itemTiles("Sent"),
    status: (p, percent) =>
      p.state === "running"
        ? `${n(p.processed)} of ${n(p.total)} done (${percent}%)`
        : `Completed: ${n(p.succeeded)} sent${p.failed ? `, ${n(p.failed)} failed` : ""}${p.skipped ? `, ${n(p.skipped)} skipped` : ""} of ${n(p.total)}`,
  },
  participants_import: {
    title: "Progress",
    bar: "Rows read",
    running: "Importing",
    unit: "rows",
    tiles: (p) => [
      ["Rows read", p.processed],
      [p.dryRun ? "Would be imported" : "Imported", p.succeeded],
      ["Skipped (duplicates)", p.skipped],
      ["Failed (invalid)", p.failed],
    ],
    status: (p, percent) =>
      p.state === "running"
        ? p.total === 0
          ? "Reading the file…"
          : `${p.dryRun ? "Checking" : "Importing"}: ${n(p.processed)} of ${n(p.total)} rows (${percent}%)`
        : p.state === "completed"
          ? `${p.dryRun ? "Dry run finished" : "Import finished"}: ${n(p.processed)} rows read`
          : p.state === "failed"
            ? "The import stopped"
            : "The import was cancelled",
  },
  certificates_generate: {
    title: "Certificates",
    bar: "Certificates done",
    running: "Running",
    unit: "certificates",
    tiles: itemTiles("Issued"),
    status: (p) => done(p, "issued"),
  },
  certificates_email: {
    title: "Certificate emails",
    bar: "Certificate emails done",
    running: "Running",
    unit: "emails",
    tiles: itemTiles("Sent"),
    status: (p) => done(p, "sent"),
  },
  announcement_email: {
    title: "Announcement",
    bar: "Emails done",
    running: "Sending",
    unit: "emails",
    tiles: itemTiles("Sent"),
    status: (p) => done(p, "sent"),
  },
  participants_cancel: {
    title: "Cancellation",
    bar: "Participants done",
    running: "Cancelling",
    unit: "participants",
    tiles: itemTiles("Cancelled"),
    status: (p) => done(p, "cancelled"),
  },
};

const stateLabels = { completed: "Completed", failed: "Failed", cancelled: "Cancelled" } as const;

type Sample = { at: number; processed: number };

export function OperationProgress({
  initial,
  eventId,
  refreshOnDone = true,
  headingLevel = 2,
}: {
  initial: Progress;
  eventId: string;
  refreshOnDone?: boolean;
  headingLevel?: 2 | 3;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  // A server render after a refresh (or a new operation) brings newer numbers than the last poll.
  useEffect(() => setProgress(initial), [initial]);
  const samples = useRef<Sample[]>([{ at: Date.parse(initial.now), processed: initial.processed }]);
  const running = progress.state === "running";
  const statusUrl = `/api/events/${encodeURIComponent(eventId)}/operations/${encodeURIComponent(progress.id)}`;

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (res.ok) {
          const next = (await res.json()) as Progress;
          if (stopped) return;
          const at = Date.parse(next.now);
          samples.current = [...samples.current.filter((s) => at - s.at <= RATE_WINDOW_MS), { at, processed: next.processed }];
          setProgress(next);
          if (next.state !== "running") {
            if (refreshOnDone) router.refresh();
            return;
          }
        }
      } catch {
        // A missed poll (network blip): try again at the next tick.
      }
      if (!stopped) timer = setTimeout(tick, 1000);
    };
    timer = setTimeout(tick, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running, statusUrl, router, refreshOnDone]);

  const w = words[progress.kind];
  const { total, processed, failed } = progress;
  const percent = total > 0 ? Math.min(100, Math.floor((processed / total) * 100)) : 0;
  // A finished operation with nothing to do fills the bar: there is nothing left.
  const width = running || total > 0 ? percent : 100;
  const rate = ratePerSecond(samples.current, progress);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const tiles: [string, string][] = w.tiles(progress).map(([label, value]) => [label, n(value)]);
  if (running)
    tiles[3] = ["Rate · time left", rate ? `${rate.toFixed(1)} ${w.unit}/s · ${duration((total - processed) / rate)}` : "measuring…"];

  return (
    <section aria-label={`${w.title}: progress`} className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Heading className="text-lg font-semibold">{w.title}</Heading>
        <Badge tone={stateTones[progress.state]}>{progress.state === "running" ? w.running : stateLabels[progress.state]}</Badge>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-zinc-800">
        {w.status(progress, percent)}
      </p>
      <div
        role="progressbar"
        aria-label={w.bar}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={processed}
        className="h-3 w-full overflow-hidden rounded-full bg-zinc-200"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${progress.state === "failed" ? "bg-red-500" : failed && !running ? "bg-amber-500" : "bg-brand-600"}`}
          style={{ width: `${width}%` }}
        />
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm sm:p-4">
            <dt className="text-sm text-zinc-600">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Items per second over the recent samples, or since the start when there are too few. */
function ratePerSecond(samples: Sample[], progress: Progress): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first && last && last.at - first.at >= 3000 && last.processed > first.processed)
    return ((last.processed - first.processed) * 1000) / (last.at - first.at);
  if (!progress.startedAt) return null;
  const elapsed = Date.parse(progress.now) - Date.parse(progress.startedAt);
  return elapsed >= 2000 && progress.processed > 0 ? (progress.processed * 1000) / elapsed : null;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s left`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min left` : `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}
