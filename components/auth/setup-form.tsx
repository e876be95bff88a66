"use client";
// Owner setup form. Checked here with the same schema as on the server; passwords are never sent
// back, everything else is kept on error.
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { setupSchema, PASSWORD_MIN } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function SetupForm({ action }: Props) {
  return (
    <CheckedForm action={action} schema={setupSchema} className="mt-6 space-y-5">
      {({ errors, values: v }) => (
        <>
          <Field id="name" label="Your name" error={errors.name}>
            <Input name="name" autoComplete="name" defaultValue={v.name} maxLength={100} required />
          </Field>
          <Field id="email" label="Email" error={errors.email}>
            <Input name="email" type="email" inputMode="email" autoComplete="email" defaultValue={v.email} maxLength={254} required />
          </Field>
          <Field id="password" label="Password" hint={`At least ${PASSWORD_MIN} characters.`} error={errors.password}>
            <Input name="password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN} maxLength={128} required />
          </Field>
          <Field id="confirmPassword" label="Repeat the password" error={errors.confirmPassword}>
            <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
          </Field>
          <SubmitButton className="w-full" pendingText="Creating the account…">
            Create the owner account
          </SubmitButton>
        </>
      )}
    </CheckedForm>
  );
}
