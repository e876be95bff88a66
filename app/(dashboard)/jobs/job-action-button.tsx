"use client";
// One Retry or Cancel button with its own answer next to it (announced to screen readers).
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { JobActionState } from "./actions";

type Props = {
  action: (prev: JobActionState, form: FormData) => Promise<JobActionState>;
  queue: string;
  id: string;
  label: string;
  pendingText: string;
  /** The button's name for screen readers, naming the job ("Retry job 0f3…"). */
  accessibleName: string;
  variant?: "secondary" | "danger";
};

export function JobActionButton({ action, queue, id, label, pendingText, accessibleName, variant = "secondary" }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="queue" value={queue} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant={variant} size="sm" pendingText={pendingText} aria-label={accessibleName}>
        {label}
      </SubmitButton>
      <p role="status" className={state.error ? "text-xs text-red-700" : "text-xs text-green-800"}>
        {state.error ?? state.message}
      </p>
    </form>
  );
}
