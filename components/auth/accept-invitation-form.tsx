"use client";
// Choose a password for an invited account. Checked here with the server's schema; the password is
// never sent back.
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";
import { acceptInvitationSchema } from "@/lib/validation/staff";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; email: string };

// The token is bound to the action on the server, not a field of the form.
const withToken = (raw: Record<string, string>) => ({ ...raw, token: "x" });

export function AcceptInvitationForm({ action, email }: Props) {
  return (
    <CheckedForm action={action} schema={acceptInvitationSchema} input={withToken} className="mt-6 space-y-5">
      {({ errors }) => (
        <>
          {/* For password managers: the account's user name. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <Field id="password" label="Choose a password" hint={`At least ${PASSWORD_MIN} characters.`} error={errors.password}>
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
          <Field id="confirmPassword" label="Repeat the password" error={errors.confirmPassword}>
            <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
          </Field>
          <SubmitButton className="w-full" pendingText="Creating your account…">
            Create my account
          </SubmitButton>
        </>
      )}
    </CheckedForm>
  );
}
