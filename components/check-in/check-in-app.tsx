"use client";
// The door's scanner, phone first: counters and the verdict on top, then either the camera (with the
// code field for typed or USB-scanned codes) or the manual search. The camera sees the same QR many
// times a second: a code is sent once, and again only after it was out of view for a few seconds;
// typed codes are always sent.
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import type { CheckInCounters as Counters, CheckInResult, WithCounters } from "@/lib/check-in/check-in-result";
import { newClientId } from "@/lib/check-in/device-id";
import { cn } from "@/lib/ui/cn";
import { CameraScanner } from "./camera-scanner";
import { checkInClient } from "./check-in-client";
import { CheckInCounters } from "./check-in-counters";
import { useCheckInErrorText } from "./check-in-error-text";
import { CodeEntry } from "./code-entry";
import { ManualSearch } from "./manual-search";
import { ScanResultPanel, type PanelState } from "./scan-result-panel";
import { signalOutcome } from "./signal-outcome";

const REPEAT_WINDOW_MS = 4000;

type Props = { eventId: string; timeZone: string; heading: React.ReactNode };

export function CheckInApp({ eventId, timeZone, heading }: Props) {
  const t = useTranslations("door.modes");
  const errorText = useCheckInErrorText();
  const client = useMemo(() => checkInClient(eventId), [eventId]);
  const [mode, setMode] = useState<"camera" | "search">("camera");
  const [panel, setPanel] = useState<PanelState>({ kind: "idle" });
  const [seq, setSeq] = useState(0);
  const [changed, setChanged] = useState(0);
  // The counters every scan, tap and undo answer carries: shown at once, no request of their own.
  const [latestCounters, setLatestCounters] = useState<Counters | null>(null);
  const [undoPending, setUndoPending] = useState(false);
  const lastCamera = useRef<{ text: string; at: number } | null>(null);
  const inFlight = useRef(0);

  const show = useCallback((next: PanelState) => {
    setPanel(next);
    setSeq((n) => n + 1);
  }, []);

  const showResult = useCallback(
    ({ counters, ...result }: WithCounters<CheckInResult>) => {
      show({ kind: "result", result: result as CheckInResult });
      signalOutcome(result.outcome === "admitted" ? "good" : result.outcome === "not_approved" ? "warn" : "bad");
      setLatestCounters(counters);
      setChanged((n) => n + 1);
    },
    [show],
  );

  const showError = useCallback(
    (message: string) => {
      show({ kind: "error", message });
      signalOutcome("bad");
    },
    [show],
  );

  const submit = useCallback(
    async (text: string, source: "camera" | "typed") => {
      const now = performance.now();
      if (source === "camera") {
        const last = lastCamera.current;
        // Still in view (or back within a few seconds): the same ticket, already answered.
        if (last && last.text === text && now - last.at < REPEAT_WINDOW_MS) {
          last.at = now;
          return;
        }
        lastCamera.current = { text, at: now };
      }
      const mine = ++inFlight.current;
      show({ kind: "checking" });
      try {
        const result = await client.scan(text, newClientId());
        // A slower answer to an older scan must not replace a newer verdict.
        if (mine === inFlight.current) showResult(result);
      } catch (err) {
        if (mine === inFlight.current) showError(errorText(err, "scan"));
      }
    },
    [client, show, showResult, showError, errorText],
  );

  const undo = useCallback(
    async (participantId: string, name: string) => {
      setUndoPending(true);
      try {
        const { counters } = await client.undo(participantId);
        show({ kind: "undone", name });
        setLatestCounters(counters);
        setChanged((n) => n + 1);
      } catch (err) {
        showError(errorText(err, "undo"));
      } finally {
        setUndoPending(false);
      }
    },
    [client, show, showError, errorText],
  );

  const undone = useCallback(
    (name: string, counters: Counters) => {
      show({ kind: "undone", name });
      setLatestCounters(counters);
      setChanged((n) => n + 1);
    },
    [show],
  );

  return (
    <div className="space-y-4">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">{heading}</div>
        <CheckInCounters client={client} latest={latestCounters} />
      </div>
      <ScanResultPanel state={panel} seq={seq} timeZone={timeZone} onUndo={undo} undoPending={undoPending} />

      <fieldset aria-label={t("label")} className="grid grid-cols-2 gap-1 rounded-lg bg-zinc-200 p-1">
        {(["camera", "search"] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={mode === value}
            onClick={() => setMode(value)}
            className={cn(
              "h-11 rounded-md text-base font-medium text-zinc-700",
              mode === value ? "bg-white text-zinc-950 shadow-sm" : "hover:bg-zinc-100",
            )}
          >
            {t(value)}
          </button>
        ))}
      </fieldset>

      {mode === "camera" ? (
        <div className="space-y-4">
          <CameraScanner onCode={(text) => void submit(text, "camera")} onSearchInstead={() => setMode("search")} />
          <CodeEntry onSubmit={(code) => void submit(code, "typed")} />
        </div>
      ) : (
        <ManualSearch client={client} timeZone={timeZone} onResult={showResult} onUndone={undone} onError={showError} changed={changed} />
      )}
    </div>
  );
}
