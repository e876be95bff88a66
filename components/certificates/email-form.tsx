"use client";
// "Email certificates": a request id made when the form is shown, so a double submit is one send.
import { useTranslations } from "next-intl";
import { ActionAlerts } from "@/components/ui/action-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRequestAction } from "@/lib/ui/use-request-action";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function EmailForm({ action, count }: { action: Action; count: number }) {
  const t = useTranslations("certificates.email");
  const { state, formAction, requestId } = useRequestAction(action);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <ActionAlerts state={state} />
      <SubmitButton pendingText={t("starting")} disabled={count === 0}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
