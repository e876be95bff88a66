"use client";
// The confirmation before a status change that deserves a second look: a bulk approval or rejection
// ("Approve 312 participants?") or a rejection, which may carry a reason for the email. A native
// modal <dialog> (ConfirmDialog).
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { REJECTION_REASON_MAX } from "@/lib/validation/participant-limits";
import type { StatusChangeKind } from "@/lib/validation/participant-status";

const PENDING: Record<StatusChangeKind, string> = {
  approve: "Approving…",
  reject: "Rejecting…",
  cancel: "Cancelling…",
  restore: "Restoring…",
  promote: "Moving…",
};

export type StatusChangeRequest = ConfirmRequest & { change: StatusChangeKind };

type Props = {
  request: StatusChangeRequest | null;
  onClose: () => void;
  submit: (form: FormData) => Promise<void>;
};

export function StatusChangeDialog({ request, onClose, submit }: Props) {
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
            pendingText={PENDING[request.change]}
          >
            {request.confirmLabel}
          </SubmitButton>
        )
      }
    >
      {request && <input type="hidden" name="change" value={request.change} />}
      {request?.change === "reject" && (
        <Field id="rejection-reason" label="Reason" optional hint="Shown to the participant in the rejection email.">
          <Textarea name="reason" rows={3} maxLength={REJECTION_REASON_MAX} />
        </Field>
      )}
      {request?.change === "cancel" && (
        <>
          <Field id="cancel-reason" label="Reason" optional hint="Shown to the participant when you email them.">
            <Textarea name="reason" rows={3} maxLength={REJECTION_REASON_MAX} />
          </Field>
          <label className="flex items-center gap-2 text-sm text-zinc-800">
            <input type="checkbox" name="notify" value="on" className="size-4" />
            Email the participant that their registration is cancelled
          </label>
        </>
      )}
    </ConfirmDialog>
  );
}
