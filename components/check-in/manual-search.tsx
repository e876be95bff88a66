"use client";
// The manual fallback: find someone by name, email or ticket code and check them in with one tap, or
// undo a check-in. Each tap carries its own client id, like a scan, so a retried tap counts once.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CheckInCounters, CheckInResult, WithCounters } from "@/lib/check-in/check-in-result";
import { newClientId } from "@/lib/check-in/device-id";
import { isLocale } from "@/lib/i18n/locales";
import type { CheckInClient, SearchRow } from "./check-in-client";
import { useCheckInErrorText } from "./check-in-error-text";
import { formatCheckInTime } from "./check-in-time";

const statusTones = {
  pending: "warning",
  approved: "success",
  rejected: "danger",
  cancelled: "danger",
  waitlisted: "info",
  offered: "info",
} as const;

type Props = {
  client: CheckInClient;
  timeZone: string;
  onResult: (result: WithCounters<CheckInResult>) => void;
  onUndone: (name: string, counters: CheckInCounters) => void;
  onError: (message: string) => void;
  changed: number;
};

export function ManualSearch({ client, timeZone, onResult, onUndone, onError, changed }: Props) {
  const t = useTranslations("door.search");
  const errorText = useCheckInErrorText();
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const [query, setQuery] = useState("");
  const [rows, setRows] = useState<SearchRow[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` and `changed` re-run the search after a check-in or undo
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setRows(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const found = await client.search(q);
        if (!cancelled) setRows(found.participants);
      } catch (err) {
        if (!cancelled) onError(errorText(err, "search"));
      } finally {
        if (!cancelled) setSearching(false);
      }
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, client, reload, changed, onError, errorText]);

  async function act(row: SearchRow, action: "check-in" | "undo") {
    setBusy(row.id);
    try {
      if (action === "check-in") onResult(await client.manual(row.id, newClientId()));
      else onUndone(row.name, (await client.undo(row.id)).counters);
    } catch (err) {
      onError(errorText(err, "action"));
    } finally {
      setBusy(null);
      setReload((n) => n + 1);
    }
  }

  return (
    <section aria-labelledby="search-heading" className="space-y-3">
      <h2 id="search-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="space-y-1.5">
        <label htmlFor="participant-search" className="block text-sm font-medium text-zinc-800">
          {t("label")}
        </label>
        <Input
          id="participant-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t("placeholder")}
          // Shown only when staff asked for the search: the keyboard is what they want next.
          autoFocus
        />
      </div>
      <p className="text-sm text-zinc-600" aria-live="polite">
        {query.trim().length < 2 ? t("tooShort") : searching && !rows ? t("searching") : rows && rows.length === 0 ? t("none") : ""}
      </p>
      {rows && rows.length > 0 && (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white" aria-label={t("results")}>
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center gap-3 px-3 py-3">
              <div className="min-w-0 flex-1">
                <p className="font-semibold break-words">{row.name}</p>
                <p className="text-sm break-all text-zinc-600">{row.email}</p>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={statusTones[row.status]}>{t(`status.${row.status}`)}</Badge>
                  {row.checkedInAt && (
                    <span className="font-medium text-green-800">
                      {row.checkedInBy
                        ? t("checkedInBy", { time: formatCheckInTime(row.checkedInAt, timeZone, locale), name: row.checkedInBy })
                        : t("checkedIn", { time: formatCheckInTime(row.checkedInAt, timeZone, locale) })}
                    </span>
                  )}
                </div>
              </div>
              {row.checkedInAt ? (
                <Button type="button" variant="secondary" disabled={busy === row.id} onClick={() => act(row, "undo")}>
                  {busy === row.id ? t("undoing") : t("undo")}
                  <span className="sr-only">{t("undoOf", { name: row.name })}</span>
                </Button>
              ) : row.status === "approved" ? (
                <Button type="button" size="lg" disabled={busy === row.id} onClick={() => act(row, "check-in")}>
                  {busy === row.id ? t("checkingIn") : t("checkIn")}
                  <span className="sr-only"> {row.name}</span>
                </Button>
              ) : (
                <span className="text-sm text-zinc-600">{t("notApproved")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
