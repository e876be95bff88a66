"use client";
// The confirmation before a status change that deserves a second look: a bulk approval or rejection
// ("Approve 312 participants?") or a rejection, which may carry a reason for the email. A native
// modal <dialog>: focus moves into it, Escape closes it, the page behind is inert.
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { REJECTION_REASON_MAX } from "@/lib/validation/participant-limits";

export type StatusChangeRequest = {
  change: "approve" | "reject";
  title: string;
  description?: React.ReactNode;
  confirmLabel: string;
  /** Hidden fields naming who is changed: scope + ids, or scope + the filter. */
  fields: [string, string][];
};

type Props = {
  request: StatusChangeRequest | null;
  onClose: () => void;
  submit: (form: FormData) => Promise<void>;
};

export function StatusChangeDialog({ request, onClose, submit }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="status-change-title"
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-zinc-200 bg-white p-0 shadow-xl backdrop:bg-zinc-900/40"
    >
      {request && (
        <form action={submit} className="space-y-4 p-5 sm:p-6">
          <h2 id="status-change-title" className="text-lg font-semibold break-words">
            {request.title}
          </h2>
          {request.description && <div className="text-sm text-zinc-700">{request.description}</div>}
          <input type="hidden" name="change" value={request.change} />
          {request.fields.map(([name, value]) => (
            <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
          ))}
          {request.change === "reject" && (
            <Field id="rejection-reason" label="Reason" optional hint="Shown to the participant in the rejection email.">
              <Textarea name="reason" rows={3} maxLength={REJECTION_REASON_MAX} />
            </Field>
          )}
          <div className="flex flex-col-reverse gap-3 pt-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <SubmitButton variant={request.change === "reject" ? "danger" : "primary"} pendingText={request.change === "approve" ? "Approving…" : "Rejecting…"}>
              {request.confirmLabel}
            </SubmitButton>
          </div>
        </form>
      )}
    </dialog>
  );
}
