"use client";
// Owner setup form. Checked here with the same schema as on the server; passwords are never sent
// back, everything else is kept on error.
import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { authFieldErrors } from "@/lib/i18n/auth-field-messages";
import { PASSWORD_MIN, setupSchema } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function SetupForm({ action }: Props) {
  const t = useTranslations("auth");
  return (
    <CheckedForm action={action} schema={setupSchema} issues={(error) => authFieldErrors(error, t)} className="mt-6 space-y-5">
      {({ errors, values: v }) => (
        <>
          <Field id="name" label={t("setup.name")} error={errors.name}>
            <Input name="name" autoComplete="name" defaultValue={v.name} maxLength={100} required />
          </Field>
          <Field id="email" label={t("setup.email")} error={errors.email}>
            <Input name="email" type="email" inputMode="email" autoComplete="email" defaultValue={v.email} maxLength={254} required />
          </Field>
          <Field id="password" label={t("setup.password")} hint={t("setup.passwordHint", { min: PASSWORD_MIN })} error={errors.password}>
            <Input name="password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN} maxLength={128} required />
          </Field>
          <Field id="confirmPassword" label={t("setup.confirmPassword")} error={errors.confirmPassword}>
            <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
          </Field>
          <SubmitButton className="w-full" pendingText={t("setup.submitting")}>
            {t("setup.submit")}
          </SubmitButton>
        </>
      )}
    </CheckedForm>
  );
}
