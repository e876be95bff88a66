"use client";
// An import's progress, polled once a second while it runs (a small JSON route), with the counts
// and a progress bar. When the import ends, the page is refreshed to show the report.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgress } from "@/lib/imports/import-progress";

const n = (v: number) => v.toLocaleString("en-GB");

export function ImportProgressPanel({ initial, statusUrl }: { initial: ImportProgress; statusUrl: string }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const running = progress.state === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (res.ok) {
          const next = (await res.json()) as ImportProgress;
          if (stopped) return;
          setProgress(next);
          if (next.state !== "running") return router.refresh();
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
  }, [running, statusUrl, router]);

  const { total, processed } = progress;
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  const status = running
    ? total === 0
      ? "Reading the file…"
      : `${progress.dryRun ? "Checking" : "Importing"}: ${n(processed)} of ${n(total)} rows (${percent}%)`
    : progress.state === "completed"
      ? `${progress.dryRun ? "Dry run finished" : "Import finished"}: ${n(processed)} rows read`
      : progress.state === "failed"
        ? "The import stopped"
        : "The import was cancelled";

  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <h2 id="progress-heading" className="text-lg font-semibold">
        Progress
      </h2>
      <p role="status" aria-live="polite" className="text-sm font-medium text-zinc-800">
        {status}
      </p>
      <div
        role="progressbar"
        aria-label="Rows read"
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={processed}
        className="h-3 w-full overflow-hidden rounded-full bg-zinc-200"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${progress.state === "failed" ? "bg-red-500" : "bg-brand-600"}`}
          style={{ width: `${running ? percent : total > 0 ? percent : 100}%` }}
        />
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Rows read", processed],
          [progress.dryRun ? "Would be imported" : "Imported", progress.succeeded],
          ["Skipped (duplicates)", progress.skipped],
          ["Failed (invalid)", progress.failed],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-zinc-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{n(value as number)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
