"use client";
// A bulk RSVP send's progress, live: polled once a second from a small JSON route while it runs (no
// reload), with a progress bar, the counts, the rate over the last seconds and the time left. It
// turns "Completed" by itself when the last email is settled; with refreshOnDone the page is then
// refreshed to list what failed.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { RsvpProgress } from "@/lib/rsvp/rsvp-progress";

const n = (v: number) => v.toLocaleString("en-GB");
const stateLabels = { running: "Sending", completed: "Completed", failed: "Failed", cancelled: "Cancelled" } as const;
const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;
// The rate is measured over this window: recent enough to follow a slowdown (a 429), long enough to be steady.
const RATE_WINDOW_MS = 15_000;

type Sample = { at: number; processed: number };

export function RsvpProgressPanel({ initial, statusUrl, refreshOnDone = false, headingLevel = 2 }: { initial: RsvpProgress; statusUrl: string; refreshOnDone?: boolean; headingLevel?: 2 | 3 }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const samples = useRef<Sample[]>([{ at: Date.parse(initial.now), processed: initial.processed }]);
  const running = progress.state === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (res.ok) {
          const next = (await res.json()) as RsvpProgress;
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

  const { total, processed, sent, failed, skipped } = progress;
  const percent = total > 0 ? Math.min(100, Math.floor((processed / total) * 100)) : 100;
  const rate = ratePerSecond(samples.current, progress);
  const left = total - processed;
  const Heading = headingLevel === 2 ? "h2" : "h3";

  return (
    <section aria-label="Progress" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Heading className="text-lg font-semibold">RSVP emails</Heading>
        <Badge tone={stateTones[progress.state]}>{stateLabels[progress.state]}</Badge>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-zinc-800">
        {running
          ? `${n(processed)} of ${n(total)} done (${percent}%)`
          : `Completed: ${n(sent)} sent${failed ? `, ${n(failed)} failed` : ""}${skipped ? `, ${n(skipped)} skipped` : ""} of ${n(total)}`}
      </p>
      <div role="progressbar" aria-label="Emails done" aria-valuemin={0} aria-valuemax={Math.max(total, 1)} aria-valuenow={processed} className="h-3 w-full overflow-hidden rounded-full bg-zinc-200">
        <div className={`h-full rounded-full transition-[width] duration-500 ${failed && !running ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${percent}%` }} />
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(
          [
            ["Total", n(total)],
            ["Sent", n(sent)],
            ["Failed", n(failed)],
            running ? ["Rate · time left", rate ? `${rate.toFixed(1)}/s · ${duration(left / rate)}` : "measuring…"] : ["Skipped", n(skipped)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm sm:p-4">
            <dt className="text-sm text-zinc-600">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Emails per second over the recent samples, or since the start when there are too few. */
function ratePerSecond(samples: Sample[], progress: RsvpProgress): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first && last && last.at - first.at >= 3000 && last.processed > first.processed) return ((last.processed - first.processed) * 1000) / (last.at - first.at);
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
