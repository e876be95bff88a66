"use client";
// The public registration form. The same zod schema runs here before sending and again on the
// server; errors appear next to each field and what was typed stays in the form.
import { useActionState, useEffect, useState } from "react";
import { useFormStatus } from "react-dom";
import { ParticipantFields } from "@/components/participants/participant-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldErrors as toFieldErrors } from "@/lib/validation/fields";
import { registrationSchema } from "@/lib/validation/participants";
import type { RegistrationState } from "@/lib/validation/participants";

type Props = { action: (prev: RegistrationState, form: FormData) => Promise<RegistrationState>; eventTitle: string };

export function RegistrationForm({ action, eventTitle }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  // Marks posts made with JavaScript running: they get the confirmation in place; a post without
  // it is answered with a redirect to the confirmation page (see the action).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  if (state.status === "registered") {
    return (
      <Alert tone="success" className="text-base">
        <p className="font-semibold">Thank you — you are registered.</p>
        <p className="mt-1">
          We sent a confirmation to <strong>{state.email}</strong>. If it does not arrive in a few minutes, check your spam folder.
        </p>
      </Alert>
    );
  }

  const errors = clientErrors ?? state.fieldErrors ?? {};
  const v = state.values ?? {};

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      aria-label={`Register for ${eventTitle}`}
      onSubmit={(e) => {
        const parsed = registrationSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
        if (!parsed.success) {
          e.preventDefault();
          setClientErrors(toFieldErrors(parsed.error));
        } else {
          setClientErrors(null);
        }
      }}
    >
      <input type="hidden" name="js" value={hydrated ? "1" : ""} />
      {state.status === "error" && state.message && !clientErrors && <Alert tone="error">{state.message}</Alert>}
      <ParticipantFields errors={errors} values={v} autofill />
      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            defaultChecked={v.consent === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-1 size-5 shrink-0 rounded border-zinc-300 accent-brand-600"
          />
          <label htmlFor="consent" className="text-sm text-zinc-800">
            I agree that the organisers store my details to manage my registration and contact me about this event.
          </label>
        </div>
        {errors.consent && (
          <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">
            {errors.consent}
          </p>
        )}
      </div>
      <SubmitButton />
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
      {pending ? "Registering…" : "Register"}
    </Button>
  );
}
