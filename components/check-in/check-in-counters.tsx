"use client";
// Checked in / approved, refreshed every 2.5 s while the page is visible (other doors scan too).
// Every answer to this device's own scans, taps and undos carries the counters (`latest`): they are
// shown at once and the next poll waits another 2.5 s, so a device that is scanning sends no polls
// at all, where it used to ask for the counters again after every scan.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CheckInCounters as Counters } from "@/lib/check-in/check-in-result";
import type { CheckInClient } from "./check-in-client";

const POLL_MS = 2500;

export function CheckInCounters({ client, latest }: { client: CheckInClient; latest: Counters | null }) {
  const t = useTranslations("door.counters");
  const [counters, setCounters] = useState<Counters | null>(null);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      if (document.visibilityState === "visible") {
        try {
          const next = await client.counters();
          if (!cancelled) {
            setCounters(next);
            setStale(false);
          }
        } catch {
          if (!cancelled) setStale(true);
        }
      }
      if (!cancelled) timer = setTimeout(load, POLL_MS);
    };
    if (latest) {
      setCounters(latest);
      setStale(false);
      timer = setTimeout(load, POLL_MS);
    } else void load();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [client, latest]);

  return (
    <p className="shrink-0 text-right leading-tight" aria-live="off">
      <span className="block text-2xl font-bold tabular-nums" data-testid="check-in-count">
        {counters ? `${counters.checkedIn} / ${counters.approved}` : "– / –"}
      </span>
      <span className="text-xs text-zinc-600">{stale ? t("stale") : t("checkedInOfApproved")}</span>
    </p>
  );
}
