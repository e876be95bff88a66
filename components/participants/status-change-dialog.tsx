"use client";
// The confirmation before a status change that deserves a second look: a bulk approval or rejection
// ("Approve 312 participants?") or a rejection, which may carry a reason for the email. A native
// modal <dialog> (ConfirmDialog).
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { REJECTION_REASON_MAX } from "@/lib/validation/participant-limits";

export type StatusChangeRequest = ConfirmRequest & { change: "approve" | "reject" };

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
            variant={request.change === "reject" ? "danger" : "primary"}
            pendingText={request.change === "approve" ? "Approving…" : "Rejecting…"}
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
    </ConfirmDialog>
  );
}
