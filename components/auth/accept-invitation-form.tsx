"use client";
// Choose a password for an invited account. Checked here with the server's schema; the password is
// never sent back.
import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { authFieldErrors } from "@/lib/i18n/auth-field-messages";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";
import { acceptInvitationSchema } from "@/lib/validation/staff";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; email: string };

// The token is bound to the action on the server, not a field of the form.
const withToken = (raw: Record<string, string>) => ({ ...raw, token: "x" });

export function AcceptInvitationForm({ action, email }: Props) {
  const t = useTranslations("auth.invite");
  const tAuth = useTranslations("auth");
  return (
    <CheckedForm
      action={action}
      schema={acceptInvitationSchema}
      input={withToken}
      issues={(error) => authFieldErrors(error, tAuth)}
      className="mt-6 space-y-5"
    >
      {({ errors }) => (
        <>
          {/* For password managers: the account's user name. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <Field id="password" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={errors.password}>
            <Input
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={PASSWORD_MIN}
              maxLength={128}
              required
              autoFocus
            />
          </Field>
          <Field id="confirmPassword" label={t("confirmPassword")} error={errors.confirmPassword}>
            <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
          </Field>
          <SubmitButton className="w-full" pendingText={t("submitting")}>
            {t("submit")}
          </SubmitButton>
        </>
      )}
    </CheckedForm>
  );
}
