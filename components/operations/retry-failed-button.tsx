"use client";
// "Retry failed": one click sends the failed recipients of this send again (same emails, re-queued,
// never a second one). The button is disabled while the request runs; the result is announced.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Props = { operationId: string; failed: number; action: (prev: ActionState, form: FormData) => Promise<ActionState> };

export function RetryFailedButton({ operationId, failed, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("activity.rsvpSend");
  return (
    <form action={formAction} className="space-y-3">
      {(state.message || state.error) && <Alert tone={state.ok ? "success" : "error"}>{state.ok ? state.message : state.error}</Alert>}
      <input type="hidden" name="operationId" value={operationId} />
      <SubmitButton pendingText={t("retrying")}>{t("retryFailed", { count: failed })}</SubmitButton>
    </form>
  );
}
