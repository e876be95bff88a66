"use client";
// The confirmation before a status change that deserves a second look: a bulk approval or rejection
// ("Approve 312 participants?") or a rejection, which may carry a reason for the email. A native
// modal <dialog> (ConfirmDialog).
import { useTranslations } from "next-intl";
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { REJECTION_REASON_MAX } from "@/lib/validation/participant-limits";
import type { StatusChangeKind } from "@/lib/validation/participant-status";

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
      {request?.change === "reject" && (
        <Field id="rejection-reason" label={t("reason")} optional hint={t("rejectHint")}>
          <Textarea name="reason" rows={3} maxLength={REJECTION_REASON_MAX} />
        </Field>
      )}
      {request?.change === "cancel" && (
        <>
          <Field id="cancel-reason" label={t("reason")} optional hint={t("cancelHint")}>
            <Textarea name="reason" rows={3} maxLength={REJECTION_REASON_MAX} />
          </Field>
          <label className="flex items-center gap-2 text-sm text-zinc-800">
            <input type="checkbox" name="notify" value="on" className="size-4" />
            {t("notify")}
          </label>
        </>
      )}
    </ConfirmDialog>
  );
}
