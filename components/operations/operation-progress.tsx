"use client";
// Any bulk operation's progress, live: polled once a second from the one progress route while it
// runs (no reload), with a state badge, a progress bar, the counts, the rate over the last seconds
// and the time left, in the page's language (activity.progress in the catalogue). When the operation ends the page is
// refreshed (refreshOnDone) to show what the operation left: the import report, the failures.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { intlTag, isLocale } from "@/lib/i18n/locales";
import type { OperationProgress as Progress } from "@/lib/operations/progress";

const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;
// The rate is measured over this window: recent enough to follow a slowdown (a 429), long enough to be steady.
const RATE_WINDOW_MS = 15_000;

type T = ReturnType<typeof useTranslations<"activity.progress">>;
type Num = (v: number) => string;

/** What succeeded, per kind that sends or renders items: its tile and its word in the status line. */
const succeededAs = {
  rsvp_email: "sent",
  certificates_generate: "issued",
  certificates_email: "sent",
  announcement_email: "sent",
  participants_cancel: "cancelled",
} as const;

/** The counters shown, by label: total, then what succeeded, failed and skipped (an import has its own). */
function tilesOf(t: T, p: Progress): [string, number][] {
  if (p.kind === "participants_import")
    return [
      [t("tiles.rowsRead"), p.processed],
      [p.dryRun ? t("tiles.wouldBeImported") : t("tiles.imported"), p.succeeded],
      [t("tiles.skippedDuplicates"), p.skipped],
      [t("tiles.failedInvalid"), p.failed],
    ];
  return [
    [t("tiles.total"), p.total],
    [t(`tiles.${succeededAs[p.kind]}`), p.succeeded],
    [t("tiles.failed"), p.failed],
    [t("tiles.skipped"), p.skipped],
  ];
}

function statusOf(t: T, n: Num, p: Progress, percent: number): string {
  const skippedPart = p.skipped ? t("status.skippedPart", { count: n(p.skipped) }) : "";
  const failedPart = p.failed ? t("status.failedPart", { count: n(p.failed) }) : "";
  const counts = { processed: n(p.processed), total: n(p.total), percent };
  if (p.kind === "participants_import") {
    if (p.state === "running") return p.total === 0 ? t("status.reading") : t(p.dryRun ? "status.checking" : "status.importing", counts);
    if (p.state === "completed") return t(p.dryRun ? "status.dryRunFinished" : "status.importFinished", { processed: n(p.processed) });
    return p.state === "failed" ? t("status.importStopped") : t("status.importCancelled");
  }
  if (p.kind === "rsvp_email")
    return p.state === "running"
      ? t("status.rsvpRunning", counts)
      : t("status.rsvpCompleted", { sent: n(p.succeeded), failedPart, skippedPart, total: n(p.total) });
  return t("status.done", {
    processed: n(p.processed),
    total: n(p.total),
    succeeded: n(p.succeeded),
    word: t(`words.${succeededAs[p.kind]}`),
    skippedPart,
    failedPart,
  });
}

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
  const t = useTranslations("activity.progress");
  const current = useLocale();
  const tag = intlTag(isLocale(current) ? current : "en");
  const n: Num = (v) => v.toLocaleString(tag);
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

  const kind = progress.kind;
  const { total, processed, failed } = progress;
  const percent = total > 0 ? Math.min(100, Math.floor((processed / total) * 100)) : 0;
  // A finished operation with nothing to do fills the bar: there is nothing left.
  const width = running || total > 0 ? percent : 100;
  const rate = ratePerSecond(samples.current, progress);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const title = t(`kinds.${kind}.title`);
  const tiles: [string, string][] = tilesOf(t, progress).map(([label, value]) => [label, n(value)]);
  if (running)
    tiles[3] = [
      t("tiles.rateTimeLeft"),
      rate
        ? t("tiles.rate", {
            rate: rate.toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            unit: t(`kinds.${kind}.unit`),
            left: timeLeft(t, (total - processed) / rate),
          })
        : t("tiles.measuring"),
    ];

  return (
    <section aria-label={t("ariaLabel", { title })} className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Heading className="text-lg font-semibold">{title}</Heading>
        <Badge tone={stateTones[progress.state]}>
          {progress.state === "running" ? t(`kinds.${kind}.running`) : t(`states.${progress.state}`)}
        </Badge>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-zinc-800">
        {statusOf(t, n, progress, percent)}
      </p>
      <div
        role="progressbar"
        aria-label={t(`kinds.${kind}.bar`)}
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

function timeLeft(t: T, seconds: number): string {
  if (!Number.isFinite(seconds)) return t("left.unknown");
  if (seconds < 60) return t("left.seconds", { n: Math.max(1, Math.round(seconds)) });
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? t("left.minutes", { n: minutes }) : t("left.hours", { h: Math.floor(minutes / 60), m: minutes % 60 });
}
