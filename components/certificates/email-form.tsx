"use client";
// "Email certificates": a request id made when the form is shown, so a double submit is one send.
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { newRequestId } from "@/lib/ui/request-id";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function EmailForm({ action, count }: { action: Action; count: number }) {
  const [requestId, setRequestId] = useState(() => newRequestId());
  const [state, formAction] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) setRequestId(newRequestId());
    return result;
  }, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.ok && <Alert tone="success">{state.message}</Alert>}
      <SubmitButton pendingText="Starting…" disabled={count === 0}>
        Email certificates
      </SubmitButton>
    </form>
  );
}
