"use client";
// "Send RSVP email" on an approved participant's page. The request id was made when the page was
// rendered, so a double-click (or a resubmitted form) is one email.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Props = { participantId: string; requestId: string; action: (prev: ActionState, form: FormData) => Promise<ActionState> };

export function SendRsvpEmailButton({ participantId, requestId, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("messaging.rsvp");
  return (
    <form action={formAction} className="space-y-3">
      {(state.message || state.error) && <Alert tone={state.ok ? "success" : "error"}>{state.ok ? state.message : state.error}</Alert>}
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton variant="secondary" pendingText={t("sending")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}
