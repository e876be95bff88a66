"use client";
// Sign-in form. On wrong credentials the email stays, the password field is emptied.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/lib/ui/use-focus-first-error";
import { useFormAction } from "@/lib/ui/use-form-action";
import { signInSchema } from "@/lib/validation/auth";
import { fieldErrors as toFieldErrors, formToObject } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function SignInForm({ action }: Props) {
  const [state, formAction] = useFormAction(action, {});
  return <SignInFields key={state.version} state={state} formAction={formAction} />;
}

function SignInFields({ state, formAction }: { state: FormState; formAction: (form: FormData) => void }) {
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
        const parsed = signInSchema.safeParse(formToObject(new FormData(e.currentTarget)));
        if (!parsed.success) {
          e.preventDefault();
          setClientErrors(toFieldErrors(parsed.error));
        } else setClientErrors(null);
      }}
    >
      {state.error && !clientErrors && <Alert tone="error">{state.error}</Alert>}
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
    </form>
  );
}
