"use client";
// Add or remove one participant from the certificate list.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function OverrideButton({
  action,
  participantId,
  include,
  name,
}: {
  action: Action;
  participantId: string;
  include: boolean;
  name: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="included" value={String(include)} />
      <SubmitButton variant="secondary" size="sm" pendingText="Saving…" aria-label={`${include ? "Add" : "Remove"} ${name}`}>
        {include ? "Add back" : "Remove"}
      </SubmitButton>
      {state.error && (
        <p className="text-sm text-red-700" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
