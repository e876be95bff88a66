"use client";
// "Generate certificates": a request id made when the form is shown, so a double submit is one
// operation; re-issue is an explicit choice (it revokes the earlier certificates).
import { useTranslations } from "next-intl";
import { ActionAlerts } from "@/components/ui/action-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRequestAction } from "@/lib/ui/use-request-action";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function GenerateForm({ action, count }: { action: Action; count: number }) {
  const t = useTranslations("certificates.generate");
  const { state, formAction, requestId } = useRequestAction(action);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="reissue" className="mt-1" />
        <span>{t("reissue")}</span>
      </label>
      <ActionAlerts state={state} />
      <SubmitButton pendingText={t("starting")} disabled={count === 0}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
