"use client";
// Owner setup form. Checked here with the same schema as on the server; passwords are never sent
// back, everything else is kept on error.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/lib/ui/use-focus-first-error";
import { useFormAction } from "@/lib/ui/use-form-action";
import { setupSchema, PASSWORD_MIN } from "@/lib/validation/auth";
import { fieldErrors as toFieldErrors, formToObject } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function SetupForm({ action }: Props) {
  const [state, formAction] = useFormAction(action, {});
  return <SetupFields key={state.version} state={state} formAction={formAction} />;
}

function SetupFields({ state, formAction }: { state: FormState; formAction: (form: FormData) => void }) {
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const v = state.values ?? {};
  const formRef = useFocusFirstError(errors);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-6 space-y-5"
      onSubmit={(e) => {
        const parsed = setupSchema.safeParse(formToObject(new FormData(e.currentTarget)));
        if (!parsed.success) {
          e.preventDefault();
          setClientErrors(toFieldErrors(parsed.error));
        } else setClientErrors(null);
      }}
    >
      {state.error && !clientErrors && <Alert tone="error">{state.error}</Alert>}
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
    </form>
  );
}

