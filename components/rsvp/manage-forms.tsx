"use client";
// The manage page's forms, phone first: "Claim my seat" (one big button), and cancelling in two
// steps (the button opens the confirmation; the confirmation needs its box ticked). Both work
// without JavaScript: the confirmation is a <details>, the forms post to server actions.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ManageFormState } from "@/lib/validation/manage-registration";

type Action = (prev: ManageFormState, form: FormData) => Promise<ManageFormState>;

export function ClaimOfferForm({ token, action }: { token: string; action: Action }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <SubmitButton size="lg" className="w-full" pendingText="Claiming…">
        Claim my seat
      </SubmitButton>
    </form>
  );
}

export function CancelRegistrationForm({ token, action, waitlisted }: { token: string; action: Action; waitlisted: boolean }) {
  const [state, formAction] = useActionState(action, {});
  const what = waitlisted ? "Leave the waitlist" : "Cancel my registration";
  return (
    <details className="rounded-lg border border-zinc-200 p-3" open={Boolean(state.error)}>
      <summary className="cursor-pointer py-2 font-medium text-red-800">{what}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        {state.error && (
          <Alert tone="error" id="cancel-error">
            {state.error}
          </Alert>
        )}
        <input type="hidden" name="token" value={token} />
        <p className="text-sm text-zinc-700">
          {waitlisted
            ? "You will lose your place on the waitlist."
            : "Your seat will be given to someone else and your ticket will stop working. This cannot be undone here."}
        </p>
        <label className="flex items-start gap-3 text-zinc-800">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            className="mt-1 size-5"
            aria-describedby={state.error ? "cancel-error" : undefined}
          />
          <span>Yes, I want to {waitlisted ? "leave the waitlist" : "cancel my registration"}</span>
        </label>
        <SubmitButton variant="danger" size="lg" className="w-full" pendingText="Cancelling…">
          {waitlisted ? "Leave the waitlist" : "Confirm cancellation"}
        </SubmitButton>
      </form>
    </details>
  );
}
