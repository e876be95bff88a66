"use client";
// The waitlist in order, one page: position, name, email, joined at, offer state, and each row's
// Promote / Remove, confirmed in a dialog (promote: "even if full"; remove: reason and email). The
// result is announced above the table; the server actions re-check everything they are sent.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ActionState } from "@/lib/validation/form-state";
import { ReasonFields } from "./reason-fields";

export type WaitlistTableRow = {
  id: string;
  position: number;
  name: string;
  email: string;
  joinedAt: string;
  joinedIso: string;
  offerState: "none" | "offered" | "expired";
  /** Formatted in the dashboard's zone: until when an offer stands, or when it lapsed. */
  offerUntil: string | null;
  status: "waitlisted" | "offered";
};

type Props = {
  eventId: string;
  rows: WaitlistTableRow[];
  /** No seat is free right now: promoting needs "even if full". */
  full: boolean;
  promoteAction: (prev: ActionState, form: FormData) => Promise<ActionState>;
  removeAction: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** Shown instead of the table when nobody is waiting (after the last promote or remove too, under its result). */
  empty: React.ReactNode;
};

type Request = ConfirmRequest & { kind: "promote" | "remove"; offered: boolean };

export function WaitlistTable({ eventId, rows, full, promoteAction, removeAction, empty }: Props) {
  const t = useTranslations("participants.waitlist");
  const [request, setRequest] = useState<Request | null>(null);
  const [result, setResult] = useState<ActionState | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function submit(form: FormData) {
    const action = request?.kind === "promote" ? promoteAction : removeAction;
    const answer = await action({}, form);
    setResult(answer);
    setRequest(null);
    resultRef.current?.focus();
  }

  const offerCell = (r: WaitlistTableRow) => {
    if (r.offerState === "offered") return <Badge tone="info">{t("offer.offered", { until: r.offerUntil ?? "" })}</Badge>;
    if (r.offerState === "expired")
      return <Badge tone="warning">{r.offerUntil ? t("offer.expiredAt", { at: r.offerUntil }) : t("offer.expired")}</Badge>;
    return <span className="text-zinc-500">{t("offer.none")}</span>;
  };

  return (
    <div className="space-y-3">
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.error}</Alert>}
      </div>
      {rows.length === 0 ? (
        empty
      ) : (
        <Table caption={t("caption")} className="min-w-[48rem]" data-testid="waitlist-table">
          <THead>
            <TR>
              <TH className="text-right">{t("columns.position")}</TH>
              <TH>{t("columns.name")}</TH>
              <TH>{t("columns.email")}</TH>
              <TH>{t("columns.joined")}</TH>
              <TH>{t("columns.offer")}</TH>
              <TH>
                <span className="sr-only">{t("columns.actions")}</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {rows.map((r) => (
              <TR key={r.id}>
                <TD className="text-right font-semibold tabular-nums">{r.position}</TD>
                <TD className="min-w-40 break-words">
                  <Link href={`/events/${eventId}/participants/${r.id}`} className="font-medium text-brand-600 hover:underline">
                    {r.name}
                  </Link>
                </TD>
                <TD className="break-all">{r.email}</TD>
                <TD className="whitespace-nowrap">
                  <time dateTime={r.joinedIso}>{r.joinedAt}</time>
                </TD>
                <TD>{offerCell(r)}</TD>
                <TD>
                  <div className="flex flex-wrap justify-end gap-2">
                    <Button
                      size="sm"
                      onClick={() =>
                        setRequest({
                          kind: "promote",
                          offered: r.status === "offered",
                          title: t("promoteTitle", { name: r.name }),
                          description: (
                            <p>
                              {t("promoteBody")} {r.status === "offered" ? t("promoteOffered") : full ? t("promoteFull") : null}
                            </p>
                          ),
                          confirmLabel: t("promoteConfirm"),
                          fields: [["participantId", r.id]],
                        })
                      }
                    >
                      {t("promote")}
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      onClick={() =>
                        setRequest({
                          kind: "remove",
                          offered: r.status === "offered",
                          title: t("removeTitle", { name: r.name }),
                          description: <p>{t("removeBody")}</p>,
                          confirmLabel: t("removeConfirm"),
                          fields: [["participantId", r.id]],
                        })
                      }
                    >
                      {t("remove")}
                    </Button>
                  </div>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <ConfirmDialog
        id="waitlist-change-title"
        request={request}
        onClose={() => setRequest(null)}
        action={submit}
        confirm={
          request && (
            <SubmitButton
              variant={request.kind === "remove" ? "danger" : "primary"}
              pendingText={request.kind === "remove" ? t("removing") : t("promoting")}
            >
              {request.confirmLabel}
            </SubmitButton>
          )
        }
      >
        {request?.kind === "promote" && !request.offered && (
          <label className="flex items-center gap-2 text-sm text-zinc-800">
            <input type="checkbox" name="overCapacity" value="on" className="size-4" />
            {t("overCapacity")}
          </label>
        )}
        {request?.kind === "remove" && (
          <ReasonFields id="waitlist-remove-reason" label={t("reason")} hint={t("reasonHint")} notifyLabel={t("notify")} />
        )}
      </ConfirmDialog>
    </div>
  );
}
