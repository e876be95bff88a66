"use client";
// The participants table: one page of rows with sortable column headers (plain links, so the state
// stays in the URL), checkboxes for a selection, a row's own Approve / Reject, and "all matching"
// bulk actions (approve, reject, send the RSVP email). Bulk changes, RSVP sends and rejections are
// confirmed in a dialog first; the result of every change is announced above the table. The server
// actions re-check everything they are sent.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ParticipantStatusBadge } from "@/components/events/event-badges";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ParticipantStatus } from "@/lib/db/schema/participants";
import type { ParticipantSource } from "@/lib/validation/participant-list";
import { RsvpAnswerBadge } from "@/components/rsvp/rsvp-answer-badge";
import { RsvpSendDialog, type RsvpSendRequest } from "@/components/rsvp/rsvp-send-dialog";
import { StatusChangeDialog, type StatusChangeRequest } from "./status-change-dialog";
import type { ActionState } from "@/lib/validation/form-state";

export type TableRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string | null;
  status: ParticipantStatus;
  source: ParticipantSource;
  registeredAt: string;
  registeredIso: string;
  rsvpAnswer: "attending" | "declined" | null;
  /** When they answered, in the event's time zone (and as ISO for <time>). */
  rsvpAnsweredAt: string | null;
  rsvpAnsweredIso: string | null;
  /** A hard bounce or a complaint marked the address: emails to it are suppressed. */
  emailUndeliverable: boolean;
  /** Place on the waitlist (waitlisted or offered); null otherwise. */
  waitlistPosition: number | null;
};

export type SortColumn = { label: string; href: string; sorted: "asc" | "desc" | null };

type Props = {
  eventId: string;
  timeZone: string;
  rows: TableRow[];
  columns: { name: SortColumn; email: SortColumn; organisation: SortColumn; status: SortColumn; registered: SortColumn };
  /** The current search and filters as form fields, for "all matching". */
  filterFields: [string, string][];
  statusCounts: Record<ParticipantStatus, number>;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** Starts a bulk RSVP send (redirects to its progress on success). */
  rsvpAction: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** Shown instead of the table when no row matches (the result of the last change stays above it). */
  empty: React.ReactNode;
};

const canApprove = (s: ParticipantStatus) => s === "pending" || s === "rejected";
// The row's Approve / Reject stay in view while the table scrolls sideways (a phone, a long email).
const actionsColumn = "sticky right-0 bg-white shadow-[-8px_0_8px_-8px_rgb(0_0_0/0.15)]";
const canReject = (s: ParticipantStatus) => s === "pending" || s === "approved";

export function ParticipantsTable({ eventId, timeZone, rows, columns, filterFields, statusCounts, action, rsvpAction, empty }: Props) {
  const t = useTranslations("participants.table");
  const source = useTranslations("participants.source");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [request, setRequest] = useState<StatusChangeRequest | null>(null);
  const [rsvpRequest, setRsvpRequest] = useState<RsvpSendRequest | null>(null);
  const [result, setResult] = useState<ActionState | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const chosen = rows.filter((r) => selected.has(r.id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = chosen.length > 0 && !allChosen;
  }, [chosen.length, allChosen]);

  async function submit(form: FormData) {
    const answer = await action({}, form);
    setResult(answer);
    setRequest(null);
    if (answer.ok) setSelected(new Set());
    resultRef.current?.focus();
  }

  function toggle(id: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function confirmSelection(change: "approve" | "reject") {
    const eligible = chosen.filter((r) => (change === "approve" ? canApprove(r.status) : canReject(r.status))).length;
    const others = chosen.length - eligible;
    setRequest({
      change,
      title: t(`${change}Title`, { count: eligible }),
      description: (
        <p>
          {t(`${change}Email`)}
          {others > 0 && t(`${change}Others`, { others, selected: chosen.length })}
        </p>
      ),
      confirmLabel: t(`${change}Confirm`, { count: eligible }),
      fields: [["scope", "selection"], ...chosen.map((r) => ["ids", r.id] as [string, string])],
    });
  }

  function confirmAllMatching(change: "approve" | "reject") {
    const eligible = change === "approve" ? statusCounts.pending + statusCounts.rejected : statusCounts.pending + statusCounts.approved;
    const already = change === "approve" ? statusCounts.approved : statusCounts.rejected;
    setRequest({
      change,
      title: t(`${change}Title`, { count: eligible }),
      description: (
        <p>
          {t(`${change}Matching`)} {t(`${change}Email`)}
          {already + statusCounts.cancelled > 0 && t(`${change}Left`, { already, cancelled: statusCounts.cancelled })}
        </p>
      ),
      confirmLabel: t(`${change}Confirm`, { count: eligible }),
      fields: [["scope", "filter"], ...filterFields],
    });
  }

  function confirmRsvp(scope: "selection" | "filter") {
    const approved = scope === "selection" ? chosen.filter((r) => r.status === "approved") : null;
    const answered = approved ? approved.filter((r) => r.rsvpAnswer !== null).length : null;
    const asked = approved ? approved.length - answered! : statusCounts.approved;
    const others = approved ? chosen.length - approved.length : 0;
    setRsvpRequest({
      title: t("rsvpTitle", { count: asked }),
      description: (
        <p>
          {scope === "filter" ? t("rsvpMatching") : t("rsvpSelection")} {t("rsvpGets")}
          {others > 0 && t("rsvpOthers", { others, selected: chosen.length })}{" "}
          {answered === null ? t("rsvpSkipAll") : answered > 0 && t("rsvpSkipSome", { count: answered })}
        </p>
      ),
      confirmLabel: t("rsvpConfirm", { count: asked }),
      fields:
        scope === "selection"
          ? [["scope", "selection"], ...chosen.map((r) => ["ids", r.id] as [string, string])]
          : [["scope", "filter"], ...filterFields],
    });
  }

  // Cancelling (by selection or by filter), with an optional reason and email (the dialog asks).
  const cancellable = statusCounts.pending + statusCounts.approved + (statusCounts.waitlisted ?? 0) + (statusCounts.offered ?? 0);
  function confirmCancel(scope: "selection" | "filter") {
    const n = scope === "selection" ? chosen.filter((r) => r.status !== "cancelled" && r.status !== "rejected").length : cancellable;
    setRequest({
      change: "cancel",
      title: t("cancelTitle", { count: n }),
      description: (
        <p>
          {scope === "filter" ? t("cancelMatching") : t("cancelSelection")} {t("cancelBody")}
        </p>
      ),
      confirmLabel: t("cancelConfirm", { count: n }),
      fields:
        scope === "selection"
          ? [["scope", "selection"], ...chosen.map((r) => ["ids", r.id] as [string, string])]
          : [["scope", "filter"], ...filterFields],
    });
  }

  const approvable = statusCounts.pending + statusCounts.rejected;
  const rejectable = statusCounts.pending + statusCounts.approved;

  return (
    <div className="space-y-3">
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.error}</Alert>}
      </div>

      {rows.length === 0 ? (
        empty
      ) : (
        <>
          <div className="flex min-h-10 flex-wrap items-center gap-2">
            {chosen.length > 0 ? (
              <>
                <p className="mr-2 text-sm font-medium" aria-live="polite">
                  {t("selected", { count: chosen.length })}
                </p>
                <Button size="sm" onClick={() => confirmSelection("approve")}>
                  {t("approveSelected")}
                </Button>
                <Button size="sm" variant="secondary" onClick={() => confirmSelection("reject")}>
                  {t("rejectSelected")}
                </Button>
                <Button size="sm" variant="secondary" onClick={() => confirmCancel("selection")}>
                  {t("cancelSelected")}
                </Button>
                <Button size="sm" variant="secondary" onClick={() => confirmRsvp("selection")}>
                  {t("rsvpSelected")}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
                  {t("clearSelection")}
                </Button>
              </>
            ) : (
              <>
                <Button size="sm" variant="secondary" disabled={approvable === 0} onClick={() => confirmAllMatching("approve")}>
                  {t("approveAll", { count: approvable })}
                </Button>
                <Button size="sm" variant="secondary" disabled={rejectable === 0} onClick={() => confirmAllMatching("reject")}>
                  {t("rejectAll", { count: rejectable })}
                </Button>
                <Button size="sm" variant="secondary" disabled={cancellable === 0} onClick={() => confirmCancel("filter")}>
                  {t("cancelAll", { count: cancellable })}
                </Button>
                <Button size="sm" variant="secondary" disabled={statusCounts.approved === 0} onClick={() => confirmRsvp("filter")}>
                  {t("rsvpAll", { count: statusCounts.approved })}
                </Button>
              </>
            )}
          </div>

          <Table caption={t("caption")} className="min-w-[62rem]">
            <THead>
              <TR>
                <TH className="w-10">
                  <input
                    ref={selectAllRef}
                    type="checkbox"
                    aria-label={t("selectAll")}
                    checked={allChosen}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                    className="size-4 accent-brand-600"
                  />
                </TH>
                <SortHeader column={columns.name} />
                <SortHeader column={columns.email} />
                <SortHeader column={columns.organisation} />
                <SortHeader column={columns.status} />
                <TH>{t("waitlist")}</TH>
                <TH>{t("rsvp")}</TH>
                <TH>{t("source")}</TH>
                <SortHeader column={columns.registered} suffix={` (${timeZone})`} />
                <TH className={actionsColumn}>
                  <span className="sr-only">{t("actions")}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {rows.map((p) => {
                const name = `${p.firstName} ${p.lastName}`;
                return (
                  <TR key={p.id} className={selected.has(p.id) ? "bg-brand-50/60" : undefined}>
                    <TD>
                      <input
                        type="checkbox"
                        aria-label={t("selectOne", { name })}
                        checked={selected.has(p.id)}
                        onChange={(e) => toggle(p.id, e.target.checked)}
                        className="size-4 accent-brand-600"
                      />
                    </TD>
                    <TD className="max-w-56 font-medium break-words">
                      <Link href={`/events/${eventId}/participants/${p.id}`} className="text-brand-600 hover:underline">
                        {name}
                      </Link>
                    </TD>
                    <TD className="max-w-64 break-all">
                      {p.email}
                      {p.emailUndeliverable && (
                        <Badge tone="danger" className="ml-2" title={t("undeliverableTitle")}>
                          {t("undeliverable")}
                        </Badge>
                      )}
                    </TD>
                    <TD className="max-w-56 break-words">{p.organisation ?? <span className="text-zinc-400">—</span>}</TD>
                    <TD>
                      <ParticipantStatusBadge status={p.status} />
                    </TD>
                    <TD className="whitespace-nowrap" data-waitlist-position={p.waitlistPosition ?? undefined}>
                      {p.waitlistPosition === null ? (
                        <span className="text-zinc-400">—</span>
                      ) : (
                        <span>
                          <span className="sr-only">{t("waitlistPosition")} </span>#{p.waitlistPosition}
                        </span>
                      )}
                    </TD>
                    <TD className="whitespace-nowrap">
                      <RsvpAnswerBadge answer={p.rsvpAnswer} compact />
                      {p.rsvpAnsweredAt && p.rsvpAnsweredIso && (
                        <time dateTime={p.rsvpAnsweredIso} className="block text-xs text-zinc-600">
                          {p.rsvpAnsweredAt}
                        </time>
                      )}
                    </TD>
                    <TD className="whitespace-nowrap">{source(p.source)}</TD>
                    <TD className="whitespace-nowrap">
                      <time dateTime={p.registeredIso}>{p.registeredAt}</time>
                    </TD>
                    <TD className={actionsColumn}>
                      <div className="flex justify-end gap-2">
                        {canApprove(p.status) && (
                          <form action={submit}>
                            <input type="hidden" name="scope" value="selection" />
                            <input type="hidden" name="change" value="approve" />
                            <input type="hidden" name="ids" value={p.id} />
                            <SubmitButton size="sm" pendingText={t("approving")}>
                              {t("approve")}
                              <span className="sr-only"> {name}</span>
                            </SubmitButton>
                          </form>
                        )}
                        {canReject(p.status) && (
                          <Button
                            size="sm"
                            variant="secondary"
                            onClick={() =>
                              setRequest({
                                change: "reject",
                                title: t("rejectOne", { name }),
                                confirmLabel: t("reject"),
                                fields: [
                                  ["scope", "selection"],
                                  ["ids", p.id],
                                ],
                              })
                            }
                          >
                            {t("reject")}
                            <span className="sr-only"> {name}</span>
                          </Button>
                        )}
                      </div>
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        </>
      )}

      <StatusChangeDialog request={request} onClose={() => setRequest(null)} submit={submit} />
      <RsvpSendDialog request={rsvpRequest} onClose={() => setRsvpRequest(null)} action={rsvpAction} />
    </div>
  );
}

function SortHeader({ column, suffix }: { column: SortColumn; suffix?: string }) {
  const t = useTranslations("participants.table");
  const sorted = column.sorted;
  return (
    <TH aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
      <Link href={column.href} className="inline-flex items-center gap-1 hover:text-zinc-900 hover:underline">
        {column.label}
        {suffix && <span className="font-normal normal-case">{suffix}</span>}
        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}</span>
        <span className="sr-only">{sorted ? t(sorted === "asc" ? "sortedAscending" : "sortedDescending") : t("sortable")}</span>
      </Link>
    </TH>
  );
}
