"use client";
// The confirmation before a bulk RSVP send ("Send the RSVP email to 312 participants?"). A native
// modal <dialog>: focus moves into it, Escape closes it. The request id is made when it opens, so a
// double click on "Send" (or a resubmitted form) starts one send; on success the action takes the
// organizer to the send's progress page.
import { useActionState, useEffect, useMemo, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { newRequestId } from "@/lib/ui/request-id";
import type { ActionState } from "@/lib/validation/form-state";

export type RsvpSendRequest = {
  title: string;
  description?: React.ReactNode;
  confirmLabel: string;
  /** Hidden fields naming who is asked: scope + ids, or scope + the filter. */
  fields: [string, string][];
};

type Props = {
  request: RsvpSendRequest | null;
  onClose: () => void;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function RsvpSendDialog({ request, onClose, action }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // The answer remembers which confirmation it was for: an error is not shown again on the next one.
  const [state, formAction] = useActionState<ActionState & { requestId?: string }, FormData>(
    async (prev, form) => ({ ...(await action(prev, form)), requestId: String(form.get("requestId")) }),
    {},
  );
  // A new id for every confirmation opened; the same one however often this one is sent.
  const requestId = useMemo(() => (request ? newRequestId() : ""), [request]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="rsvp-send-title"
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-zinc-200 bg-white p-0 shadow-xl backdrop:bg-zinc-900/40"
    >
      {request && (
        <form action={formAction} className="space-y-4 p-5 sm:p-6">
          <h2 id="rsvp-send-title" className="text-lg font-semibold break-words">
            {request.title}
          </h2>
          {request.description && <div className="text-sm text-zinc-700">{request.description}</div>}
          {state.error && state.requestId === requestId && <Alert tone="error">{state.error}</Alert>}
          <input type="hidden" name="requestId" value={requestId} />
          {request.fields.map(([name, value], i) => (
            <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
          ))}
          <div className="flex flex-col-reverse gap-3 pt-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <SubmitButton pendingText="Starting…">{request.confirmLabel}</SubmitButton>
          </div>
        </form>
      )}
    </dialog>
  );
}
