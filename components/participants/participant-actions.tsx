"use client";
// The detail page's buttons: Approve, Reject (with an optional reason, confirmed in a dialog), Send
// ticket again (approved only) and Download ticket. The ticket resend carries a request id made when
// the page was rendered, so a double-click (or a resubmitted form) sends one email.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ParticipantStatus } from "@/lib/db/schema/participants";
import { StatusChangeDialog, type StatusChangeRequest } from "./status-change-dialog";
import type { ActionState } from "@/lib/validation/form-state";

type Props = {
  participant: { id: string; name: string; status: ParticipantStatus };
  requestId: string;
  ticketHref: string | null;
  statusAction: (prev: ActionState, form: FormData) => Promise<ActionState>;
  resendAction: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function ParticipantActions({ participant, requestId, ticketHref, statusAction, resendAction }: Props) {
  const t = useTranslations("participants.actions");
  const [request, setRequest] = useState<StatusChangeRequest | null>(null);
  const [result, setResult] = useState<ActionState | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const { status } = participant;

  const run = (action: Props["statusAction"]) => async (form: FormData) => {
    const answer = await action({}, form);
    setResult(answer);
    setRequest(null);
    resultRef.current?.focus();
  };
  const submitStatus = run(statusAction);

  return (
    <div className="space-y-3">
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.error}</Alert>}
      </div>
      <div className="flex flex-wrap gap-2">
        {(status === "pending" || status === "rejected") && (
          <form action={submitStatus}>
            <input type="hidden" name="scope" value="selection" />
            <input type="hidden" name="change" value="approve" />
            <input type="hidden" name="ids" value={participant.id} />
            <SubmitButton pendingText={t("approving")}>{t("approve")}</SubmitButton>
          </form>
        )}
        {(status === "pending" || status === "approved") && (
          <Button
            variant="secondary"
            onClick={() =>
              setRequest({
                change: "reject",
                title: t("rejectTitle", { name: participant.name }),
                description: <p>{t("rejectBody")}</p>,
                confirmLabel: t("rejectConfirm"),
                fields: [
                  ["scope", "selection"],
                  ["ids", participant.id],
                ],
              })
            }
          >
            {t("reject")}
          </Button>
        )}
        {(status === "waitlisted" || status === "offered") && (
          <form action={submitStatus}>
            <input type="hidden" name="scope" value="selection" />
            <input type="hidden" name="change" value="promote" />
            <input type="hidden" name="ids" value={participant.id} />
            <SubmitButton pendingText={t("moving")}>{t("promote")}</SubmitButton>
          </form>
        )}
        {status === "cancelled" && (
          <form action={submitStatus}>
            <input type="hidden" name="scope" value="selection" />
            <input type="hidden" name="change" value="restore" />
            <input type="hidden" name="ids" value={participant.id} />
            <SubmitButton variant="secondary" pendingText={t("restoring")}>
              {t("restore")}
            </SubmitButton>
          </form>
        )}
        {(status === "pending" || status === "approved" || status === "waitlisted" || status === "offered") && (
          <Button
            variant="secondary"
            onClick={() =>
              setRequest({
                change: "cancel",
                title: t(status === "waitlisted" || status === "offered" ? "removeTitle" : "cancelTitle", { name: participant.name }),
                description: <p>{t("cancelBody")}</p>,
                confirmLabel: t(status === "waitlisted" || status === "offered" ? "removeConfirm" : "cancelConfirm"),
                fields: [
                  ["scope", "selection"],
                  ["ids", participant.id],
                ],
              })
            }
          >
            {t(status === "waitlisted" || status === "offered" ? "removeButton" : "cancelButton")}
          </Button>
        )}
        {status === "approved" && (
          <form action={run(resendAction)}>
            <input type="hidden" name="participantId" value={participant.id} />
            <input type="hidden" name="requestId" value={requestId} />
            <SubmitButton variant="secondary" pendingText={t("sending")}>
              {t("resend")}
            </SubmitButton>
          </form>
        )}
        {ticketHref && (
          <Button asChild variant="ghost">
            <a href={ticketHref} download>
              {t("download")}
            </a>
          </Button>
        )}
      </div>
      <StatusChangeDialog request={request} onClose={() => setRequest(null)} submit={submitStatus} />
    </div>
  );
}
