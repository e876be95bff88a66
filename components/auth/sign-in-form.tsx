"use client";
// Sign-in form. On wrong credentials the email stays, the password field is emptied.
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInSchema } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function SignInForm({ action }: Props) {
  return (
    <CheckedForm action={action} schema={signInSchema} className="mt-6 space-y-5">
      {({ errors, values: v }) => (
        <>
          <Field id="email" label="Email" error={errors.email}>
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
          <Field id="password" label="Password" error={errors.password}>
            <Input name="password" type="password" autoComplete="current-password" maxLength={128} required autoFocus={!!v.email} />
          </Field>
          <SubmitButton className="w-full" pendingText="Signing in…">
            Sign in
          </SubmitButton>
        </>
      )}
    </CheckedForm>
  );
}
