"use client";
// "Send again" for an email whose outcome is unknown: Resend may have sent it, and past its 24-hour
// idempotency window a re-send cannot be recognised as the same email. The organizer ticks that
// they checked with the recipient first; a refusal is announced next to the button.
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RetryMessageState } from "@/lib/validation/deliveries";

type Props = {
  messageId: string;
  recipient: string;
  action: (prev: RetryMessageState, form: FormData) => Promise<RetryMessageState>;
};

export function ConfirmResendButton({ messageId, recipient, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const id = useId();
  const t = useTranslations("activity.retry");
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="messageId" value={messageId} />
      <label htmlFor={id} className="flex items-start gap-1 text-xs text-zinc-700">
        <input id={id} type="checkbox" name="checked" value="yes" required />
        <span>{t("checked", { recipient })}</span>
      </label>
      <SubmitButton size="sm" variant="secondary" pendingText={t("sending")} aria-label={t("sendAgainLabel", { recipient })}>
        {t("sendAgain")}
      </SubmitButton>
      <p aria-live="polite" className="text-xs text-red-700">
        {state.error}
      </p>
    </form>
  );
}
