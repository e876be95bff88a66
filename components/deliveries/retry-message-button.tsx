"use client";
// "Retry" for one undelivered message. The button is disabled while the action runs; a refusal is
// announced next to it (success returns to the page, which reports the message's state).
import { useTranslations } from "next-intl";
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
  const t = useTranslations("activity.retry");
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton size="sm" variant="secondary" pendingText={t("retrying")} aria-label={t("retryLabel", { recipient })}>
        {t("retry")}
      </SubmitButton>
      <p aria-live="polite" className="text-xs text-red-700">
        {state.error}
      </p>
    </form>
  );
}
