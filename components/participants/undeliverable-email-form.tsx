"use client";
// On a participant whose address a hard bounce or a complaint marked undeliverable: why, and a form
// to correct the address or clear the mark (emails to it are suppressed until then).
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

const text = {
  title: "This address is undeliverable",
  explain: "Emails to it are recorded as suppressed instead of sent, until you correct the address or clear the mark.",
  label: "Correct email address",
  hint: "Saving a new address clears the mark; the change is kept in the history.",
  save: "Save address",
  saving: "Saving…",
  clear: "Clear the mark, keep the address",
  clearing: "Clearing…",
};

type Props = {
  participantId: string;
  email: string;
  reason: string | null;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function UndeliverableEmailForm({ participantId, email, reason, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <Alert tone="warning" className="space-y-3">
      <div>
        <p className="font-semibold">{text.title}</p>
        {reason && <p className="mt-1 break-words">{reason}</p>}
        <p className="mt-1">{text.explain}</p>
      </div>
      {state.error && !state.fieldErrors?.email && <p className="font-medium text-red-800">{state.error}</p>}
      <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <input type="hidden" name="participantId" value={participantId} />
        <input type="hidden" name="intent" value="correct" />
        <Field id="corrected-email" label={text.label} hint={text.hint} error={state.fieldErrors?.email} className="min-w-0 flex-1">
          <Input name="email" type="email" required defaultValue={state.values?.email ?? email} autoComplete="off" maxLength={254} />
        </Field>
        <SubmitButton pendingText={text.saving}>{text.save}</SubmitButton>
      </form>
      <form action={formAction}>
        <input type="hidden" name="participantId" value={participantId} />
        <input type="hidden" name="intent" value="clear" />
        <SubmitButton variant="secondary" pendingText={text.clearing}>
          {text.clear}
        </SubmitButton>
      </form>
    </Alert>
  );
}
