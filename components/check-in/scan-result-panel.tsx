"use client";
// The big answer at the top of the scanner: readable at arm's length, coloured by verdict (green
// admitted, red refused, amber not approved), and announced to screen readers. A new answer flashes
// even when it reads like the previous one, so staff see that the second scan registered.
import { Button } from "@/components/ui/button";
import type { CheckInResult } from "@/lib/check-in/check-in-result";
import { cn } from "@/lib/ui/cn";
import styles from "./scan-result-panel.module.css";

export type PanelState =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "result"; result: CheckInResult }
  | { kind: "undone"; name: string }
  | { kind: "error"; message: string };

const statusWords = {
  pending: "still pending approval",
  rejected: "rejected",
  cancelled: "cancelled",
  waitlisted: "on the waitlist",
  offered: "on the waitlist",
} as const;

type Props = {
  state: PanelState;
  seq: number;
  timeZone: string;
  onUndo?: (participantId: string, name: string) => void;
  undoPending?: boolean;
};

export function formatCheckInTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(d);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(at);
  if (day(at) === day(new Date())) return time;
  return `${new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(at)}, ${time}`;
}

export function ScanResultPanel({ state, seq, timeZone, onUndo, undoPending }: Props) {
  const view = describe(state, timeZone);
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
          {undoPending ? "Undoing…" : "Undo this check-in"}
        </Button>
      )}
    </div>
  );
}

function describe(state: PanelState, timeZone: string) {
  const neutral = "border border-zinc-200 bg-white text-zinc-800";
  const red = "bg-red-700 text-white";
  switch (state.kind) {
    case "idle":
      return {
        outcome: "idle",
        tone: neutral,
        icon: "▣",
        title: "Ready to scan",
        detail: "Point the camera at a ticket's QR code, or type the code below.",
        note: "",
      };
    case "checking":
      return { outcome: "checking", tone: neutral, icon: "…", title: "Checking…", detail: "", note: "" };
    case "undone":
      return {
        outcome: "undone",
        tone: "bg-zinc-800 text-white",
        icon: "↶",
        title: "Check-in undone",
        detail: state.name,
        note: "They can be checked in again.",
      };
    case "error":
      return { outcome: "error", tone: "bg-zinc-800 text-white", icon: "!", title: "Not checked", detail: state.message, note: "" };
  }
  const r = state.result;
  switch (r.outcome) {
    case "admitted":
      return {
        outcome: r.outcome,
        tone: "bg-green-700 text-white",
        icon: "✓",
        title: `Admitted — ${r.participant.name}`,
        detail: "",
        note: "",
      };
    case "already":
      return {
        outcome: r.outcome,
        tone: red,
        icon: "✕",
        title: `Already checked in at ${formatCheckInTime(r.checkedInAt, timeZone)}${r.staffName ? ` by ${r.staffName}` : ""}`,
        detail: r.participant.name,
        note: "Do not admit again with this ticket.",
      };
    case "wrong_event":
      return {
        outcome: r.outcome,
        tone: red,
        icon: "✕",
        title: "Not a ticket for this event",
        detail: "",
        note: "The ticket belongs to another event.",
      };
    case "not_approved":
      // A cancelled registration's ticket still scans (its code is kept), so the door can say why it fails.
      if (r.status === "cancelled")
        return {
          outcome: r.outcome,
          tone: red,
          icon: "✕",
          title: "Cancelled",
          detail: r.participant.name,
          note: "This registration was cancelled: do not admit with this ticket.",
        };
      return {
        outcome: r.outcome,
        tone: "bg-amber-400 text-zinc-950",
        icon: "!",
        title: "Ticket not approved",
        detail: r.participant.name,
        note: `Registration ${statusWords[r.status]}.`,
      };
    case "invalid":
      return {
        outcome: r.outcome,
        tone: red,
        icon: "✕",
        title: "Not a valid ticket",
        detail: "",
        note: "This code is not one of our tickets. Try the search by name.",
      };
  }
}
