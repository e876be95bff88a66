"use client";
// Sign-in form. On wrong credentials the email stays, the password field is emptied.
import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { authFieldErrors } from "@/lib/i18n/auth-field-messages";
import { signInSchema } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function SignInForm({ action }: Props) {
  const t = useTranslations("auth");
  return (
    <CheckedForm
      action={action}
      schema={signInSchema}
      issues={(error) => authFieldErrors(error, t, { signIn: true })}
      className="mt-6 space-y-5"
    >
      {({ errors, values: v }) => (
        <>
          <Field id="email" label={t("signIn.email")} error={errors.email}>
            <Input
              name="email"
              type="email"
              inputMode="email"
              autoComplete="username"
              defaultValue={v.email}
              maxLength={254}
              required
              autoFocus={!v.email}
            />
          </Field>
          <Field id="password" label={t("signIn.password")} error={errors.password}>
            <Input name="password" type="password" autoComplete="current-password" maxLength={128} required autoFocus={!!v.email} />
          </Field>
          <SubmitButton className="w-full" pendingText={t("signIn.submitting")}>
            {t("signIn.submit")}
          </SubmitButton>
        </>
      )}
    </CheckedForm>
  );
}
