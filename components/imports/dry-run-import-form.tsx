"use client";
// After a dry run: import the same file with the same settings, for real.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; requestKey: string; approvalMode: "automatic" | "manual" };

export function DryRunImportForm({ action, requestKey, approvalMode }: Props) {
  const t = useTranslations("imports.dryRunForm");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="requestKey" value={requestKey} />
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="sendEmails" className="mt-0.5 size-4" />
        <span>
          <span className="font-medium">{t("sendEmails")}</span>
          <span className="block text-zinc-600">{t("sendEmailsHint", { mode: approvalMode })}</span>
        </span>
      </label>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <SubmitButton pendingText={t("starting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
