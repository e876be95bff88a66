"use client";
// The two answers as big buttons (phone first). Both are disabled while one is being saved, and the
// one pressed says so. Works without JavaScript too: the form posts to the server action.
import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("public.rsvp");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="language" value={locale} />
      <div className="grid gap-3 sm:grid-cols-2">
        <AnswerButton value="attending" current={current} label={t("attending")} />
        <AnswerButton value="declined" current={current} label={t("declined")} />
      </div>
    </form>
  );
}

function AnswerButton({ value, current, label }: { value: Answer; current: Answer | null; label: string }) {
  const t = useTranslations("public.rsvp");
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
      {mine ? t("saving") : label}
      {chosen && !mine && <span className="text-sm font-normal text-zinc-600">{t("yourAnswerMark")}</span>}
    </Button>
  );
}
