"use client";
// "Retry" for one undelivered message. The button is disabled while the action runs; a refusal is
// announced next to it (success returns to the page, which reports the message's state).
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RetryMessageState } from "@/lib/validation/deliveries";

type Props = {
  messageId: string;
  recipient: string;
  action: (prev: RetryMessageState, form: FormData) => Promise<RetryMessageState>;
};

export function RetryMessageButton({ messageId, recipient, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton size="sm" variant="secondary" pendingText="Retrying…" aria-label={`Retry the email to ${recipient}`}>
        Retry
      </SubmitButton>
      <p aria-live="polite" className="text-xs text-red-700">
        {state.error}
      </p>
    </form>
  );
}
