"use client";
// Choose a password for an invited account. Checked here with the server's schema; the password is
// never sent back.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/lib/ui/use-focus-first-error";
import { useFormAction } from "@/lib/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { fieldErrors as toFieldErrors, formToObject } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";
import { acceptInvitationSchema } from "@/lib/validation/staff";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; email: string };

export function AcceptInvitationForm({ action, email }: Props) {
  const [state, formAction] = useFormAction(action, {});
  return <Fields key={state.version} state={state} formAction={formAction} email={email} />;
}

function Fields({ state, formAction, email }: { state: FormState; formAction: (form: FormData) => void; email: string }) {
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const formRef = useFocusFirstError(errors);
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-6 space-y-5"
      onSubmit={(e) => {
        const parsed = acceptInvitationSchema.safeParse({ ...formToObject(new FormData(e.currentTarget)), token: "x" });
        if (!parsed.success) {
          e.preventDefault();
          setClientErrors(toFieldErrors(parsed.error));
        } else setClientErrors(null);
      }}
    >
      {state.error && !clientErrors && <Alert tone="error">{state.error}</Alert>}
      {/* For password managers: the account's user name. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="password" label="Choose a password" hint={`At least ${PASSWORD_MIN} characters.`} error={errors.password}>
        <Input name="password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN} maxLength={128} required autoFocus />
      </Field>
      <Field id="confirmPassword" label="Repeat the password" error={errors.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
      </Field>
      <SubmitButton className="w-full" pendingText="Creating your account…">
        Create my account
      </SubmitButton>
    </form>
  );
}
