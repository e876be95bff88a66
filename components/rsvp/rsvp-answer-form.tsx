"use client";
// The two answers as big buttons (phone first). Both are disabled while one is being saved, and the
// one pressed says so. Works without JavaScript too: the form posts to the server action.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RsvpFormState } from "@/lib/validation/rsvp";

type Answer = "attending" | "declined";

type Props = {
  token: string;
  current: Answer | null;
  action: (prev: RsvpFormState, form: FormData) => Promise<RsvpFormState>;
};

export function RsvpAnswerForm({ token, current, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <div className="grid gap-3 sm:grid-cols-2">
        <AnswerButton value="attending" current={current} label="I will attend" />
        <AnswerButton value="declined" current={current} label="I can't attend" />
      </div>
    </form>
  );
}

function AnswerButton({ value, current, label }: { value: Answer; current: Answer | null; label: string }) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("answer") === value;
  const chosen = current === value;
  return (
    <Button
      type="submit"
      name="answer"
      value={value}
      size="lg"
      variant={chosen ? "secondary" : value === "attending" ? "primary" : "secondary"}
      disabled={pending}
      aria-disabled={pending}
      className="w-full"
    >
      {mine ? "Saving…" : label}
      {chosen && !mine && <span className="text-sm font-normal text-zinc-600">(your answer)</span>}
    </Button>
  );
}
