"use client";
// The anonymisation setting: a number of days, or empty to keep the data.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PrivacyFormState } from "@/lib/validation/events";

type Props = { action: (prev: PrivacyFormState, form: FormData) => Promise<PrivacyFormState>; current: number | null };

export function PrivacyForm({ action, current }: Props) {
  const t = useTranslations("privacy.form");
  const [state, formAction] = useActionState(action, { value: current === null ? "" : String(current) });
  return (
    <form action={formAction} className="space-y-4">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.saved && <Alert tone="success">{t("saved")}</Alert>}
      <Field id="anonymiseAfterDays" label={t("label")} hint={t("hint")} error={state.fieldErrors?.anonymiseAfterDays} optional>
        <Input
          name="anonymiseAfterDays"
          inputMode="numeric"
          maxLength={5}
          defaultValue={state.value}
          key={state.value}
          className="max-w-32"
        />
      </Field>
      <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
