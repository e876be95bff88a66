"use client";
// The confirmation before a bulk RSVP send ("Send the RSVP email to 312 participants?"). A native
// modal <dialog>: focus moves into it, Escape closes it. The request id is made when it opens, so a
// double click on "Send" (or a resubmitted form) starts one send; on success the action takes the
// organizer to the send's progress page.
import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { newRequestId } from "@/lib/ui/request-id";
import type { ActionState } from "@/lib/validation/form-state";

/** Hidden fields name who is asked: scope + ids, or scope + the filter. */
export type RsvpSendRequest = ConfirmRequest;

type Props = {
  request: RsvpSendRequest | null;
  onClose: () => void;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function RsvpSendDialog({ request, onClose, action }: Props) {
  const t = useTranslations("messaging.rsvp");
  // The answer remembers which confirmation it was for: an error is not shown again on the next one.
  const [state, formAction] = useActionState<ActionState & { requestId?: string }, FormData>(
    async (prev, form) => ({ ...(await action(prev, form)), requestId: String(form.get("requestId")) }),
    {},
  );
  // A new id for every confirmation opened; the same one however often this one is sent.
  const requestId = useMemo(() => (request ? newRequestId() : ""), [request]);
  return (
    <ConfirmDialog
      id="rsvp-send-title"
      request={request}
      onClose={onClose}
      action={formAction}
      confirm={<SubmitButton pendingText={t("starting")}>{request?.confirmLabel}</SubmitButton>}
    >
      {state.error && state.requestId === requestId && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="requestId" value={requestId} />
      <label className="flex items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" name="reask" value="on" className="size-4" />
        {t("reaskAll")}
      </label>
    </ConfirmDialog>
  );
}
