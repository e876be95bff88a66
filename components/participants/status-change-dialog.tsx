"use client";
// The confirmation before a status change that deserves a second look: a bulk approval or rejection
// ("Approve 312 participants?") or a rejection, which may carry a reason for the email. A native
// modal <dialog> (ConfirmDialog).
import { useTranslations } from "next-intl";
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import type { StatusChangeKind } from "@/lib/validation/participant-status";
import { ReasonFields } from "./reason-fields";

export type StatusChangeRequest = ConfirmRequest & { change: StatusChangeKind };

type Props = {
  request: StatusChangeRequest | null;
  onClose: () => void;
  submit: (form: FormData) => Promise<void>;
};

export function StatusChangeDialog({ request, onClose, submit }: Props) {
  const t = useTranslations("participants.dialog");
  return (
    <ConfirmDialog
      id="status-change-title"
      request={request}
      onClose={onClose}
      action={submit}
      confirm={
        request && (
          <SubmitButton
            variant={request.change === "reject" || request.change === "cancel" ? "danger" : "primary"}
            pendingText={t(`pending.${request.change}`)}
          >
            {request.confirmLabel}
          </SubmitButton>
        )
      }
    >
      {request && <input type="hidden" name="change" value={request.change} />}
      {request?.change === "reject" && <ReasonFields id="rejection-reason" label={t("reason")} hint={t("rejectHint")} />}
      {request?.change === "cancel" && (
        <ReasonFields id="cancel-reason" label={t("reason")} hint={t("cancelHint")} notifyLabel={t("notify")} />
      )}
    </ConfirmDialog>
  );
}
