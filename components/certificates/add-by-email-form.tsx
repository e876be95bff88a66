"use client";
// Adds someone the default rule left out (e.g. attended without checking in), by their email.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function AddByEmailForm({ action }: { action: Action }) {
  const t = useTranslations("certificates.eligibility");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <Field id="cert-add-email" label={t("addLabel")} className="min-w-64 flex-1">
        <Input name="email" type="email" maxLength={254} required />
      </Field>
      <SubmitButton variant="secondary" pendingText={t("adding")}>
        {t("add")}
      </SubmitButton>
      {state.error && (
        <Alert tone="error" className="w-full">
          {state.error}
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" className="w-full">
          {state.message}
        </Alert>
      )}
    </form>
  );
}
