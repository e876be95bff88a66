"use client";
// The confirmation form; after the deletion it says so and links back to the list.
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DeleteParticipantState } from "@/lib/validation/participants";

type Props = { action: (prev: DeleteParticipantState, form: FormData) => Promise<DeleteParticipantState>; name: string; listHref: string };

export function DeleteParticipantForm({ action, name, listHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.deleted) {
    return (
      <Alert tone="success">
        {name} and all their data were deleted.{" "}
        <Link href={listHref} className="font-medium underline">
          Back to the participants
        </Link>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-0.5 size-4" />
        <span>I understand that this deletes {name} and all their data for good; it cannot be undone.</span>
      </label>
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText="Deleting…">
          Delete participant and all their data
        </SubmitButton>
        <Link href={listHref} className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
          Keep them
        </Link>
      </div>
    </form>
  );
}
