"use client";
// A generation's progress, live: polled once a second while it runs, with a progress bar and the
// counts; it turns "Completed" by itself and then refreshes the page to list the new certificates.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { GenerationProgress } from "@/lib/certificates/generation-progress";

const n = (v: number) => v.toLocaleString("en-GB");
const labels = { running: "Running", completed: "Completed", failed: "Failed", cancelled: "Cancelled" } as const;
const tones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;

export function GenerationProgressPanel({ initial, statusUrl, done = "issued", label = "Certificates done" }: { initial: GenerationProgress; statusUrl: string; done?: string; label?: string }) {
  const router = useRouter();
  const [p, setP] = useState(initial);
  useEffect(() => setP(initial), [initial]);
  const running = p.state === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (res.ok) {
          const next = (await res.json()) as GenerationProgress;
          if (stopped) return;
          setP(next);
          if (next.state !== "running") return router.refresh();
        }
      } catch {
        // A missed poll: try again at the next tick.
      }
      if (!stopped) timer = setTimeout(tick, 1000);
    };
    timer = setTimeout(tick, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running, statusUrl, router]);

  const pct = p.total ? Math.round((p.processed / p.total) * 100) : 100;
  return (
    <section aria-label={`${label}: progress`} className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        <Badge tone={tones[p.state]}>{labels[p.state]}</Badge>
        <span>
          {n(p.processed)} of {n(p.total)} done: {n(p.succeeded)} {done}
          {p.skipped ? `, ${n(p.skipped)} skipped` : ""}
          {p.failed ? `, ${n(p.failed)} failed` : ""}
        </span>
      </p>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={Math.max(p.total, 1)} aria-valuenow={p.processed} className="h-3 w-full overflow-hidden rounded-full bg-zinc-200">
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
    </section>
  );
}
