"use client";
// The big answer at the top of the scanner: readable at arm's length, coloured by verdict (green
// admitted, red refused, amber not approved), and announced to screen readers. A new answer flashes
// even when it reads like the previous one, so staff see that the second scan registered.
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { CheckInResult } from "@/lib/check-in/check-in-result";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";
import { formatCheckInTime } from "./check-in-time";
import styles from "./scan-result-panel.module.css";

export type PanelState =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "result"; result: CheckInResult }
  | { kind: "undone"; name: string }
  | { kind: "error"; message: string };

type Props = {
  state: PanelState;
  seq: number;
  timeZone: string;
  onUndo?: (participantId: string, name: string) => void;
  undoPending?: boolean;
};

export function ScanResultPanel({ state, seq, timeZone, onUndo, undoPending }: Props) {
  const t = useTranslations("door.result");
  const current = useLocale();
  const view = describe(state, timeZone, isLocale(current) ? current : "en", t);
  return (
    <div
      key={seq}
      role="status"
      aria-live="assertive"
      aria-atomic="true"
      data-outcome={view.outcome}
      className={cn(styles.flash, "rounded-xl px-4 py-4 shadow-sm sm:px-6", view.tone)}
    >
      <p className="flex items-center gap-3 text-2xl leading-tight font-bold sm:text-3xl">
        <span aria-hidden="true" className="text-3xl sm:text-4xl">
          {view.icon}
        </span>
        <span>{view.title}</span>
      </p>
      {view.detail && <p className="mt-1 text-lg font-medium break-words">{view.detail}</p>}
      {view.note && <p className="mt-1 text-base break-words opacity-90">{view.note}</p>}
      {state.kind === "result" && state.result.outcome === "admitted" && onUndo && (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="mt-3"
          disabled={undoPending}
          onClick={() => state.result.outcome === "admitted" && onUndo(state.result.participant.id, state.result.participant.name)}
        >
          {undoPending ? t("undoing") : t("undoThis")}
        </Button>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslations<"door.result">>;

function describe(state: PanelState, timeZone: string, locale: Locale, t: Translate) {
  const neutral = "border border-zinc-200 bg-white text-zinc-800";
  const red = "bg-red-700 text-white";
  switch (state.kind) {
    case "idle":
      return {
        outcome: "idle",
        tone: neutral,
        icon: "▣",
        title: t("idleTitle"),
        detail: t("idleDetail"),
        note: "",
      };
    case "checking":
      return { outcome: "checking", tone: neutral, icon: "…", title: t("checking"), detail: "", note: "" };
    case "undone":
      return {
        outcome: "undone",
        tone: "bg-zinc-800 text-white",
        icon: "↶",
        title: t("undoneTitle"),
        detail: state.name,
        note: t("undoneNote"),
      };
    case "error":
      return { outcome: "error", tone: "bg-zinc-800 text-white", icon: "!", title: t("errorTitle"), detail: state.message, note: "" };
  }
  const r = state.result;
  switch (r.outcome) {
    case "admitted":
      return {
        outcome: r.outcome,
        tone: "bg-green-700 text-white",
        icon: "✓",
        title: t("admitted", { name: r.participant.name }),
        detail: "",
        note: "",
      };
    case "already":
      return {
        outcome: r.outcome,
        tone: red,
        icon: "✕",
        title: r.staffName
          ? t("alreadyBy", { time: formatCheckInTime(r.checkedInAt, timeZone, locale), name: r.staffName })
          : t("already", { time: formatCheckInTime(r.checkedInAt, timeZone, locale) }),
        detail: r.participant.name,
        note: t("alreadyNote"),
      };
    case "wrong_event":
      return {
        outcome: r.outcome,
        tone: red,
        icon: "✕",
        title: t("wrongEvent"),
        detail: "",
        note: t("wrongEventNote"),
      };
    case "not_approved":
      // A cancelled registration's ticket still scans (its code is kept), so the door can say why it fails.
      if (r.status === "cancelled")
        return {
          outcome: r.outcome,
          tone: red,
          icon: "✕",
          title: t("cancelled"),
          detail: r.participant.name,
          note: t("cancelledNote"),
        };
      return {
        outcome: r.outcome,
        tone: "bg-amber-400 text-zinc-950",
        icon: "!",
        title: t("notApproved"),
        detail: r.participant.name,
        note: t(`notApprovedNote.${r.status}`),
      };
    case "invalid":
      return {
        outcome: r.outcome,
        tone: red,
        icon: "✕",
        title: t("invalid"),
        detail: "",
        note: t("invalidNote"),
      };
  }
}
