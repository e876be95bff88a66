"use client";
// The confirmation form; after the deletion it says so and links back to the list.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DeleteParticipantState } from "@/lib/validation/participants";

type Props = { action: (prev: DeleteParticipantState, form: FormData) => Promise<DeleteParticipantState>; name: string; listHref: string };

export function DeleteParticipantForm({ action, name, listHref }: Props) {
  const t = useTranslations("participants.delete");
  const [state, formAction] = useActionState(action, {});
  if (state.deleted) {
    return (
      <Alert tone="success">
        {t("deleted", { name })}{" "}
        <Link href={listHref} className="font-medium underline">
          {t("backToList")}
        </Link>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-0.5 size-4" />
        <span>{t("confirm", { name })}</span>
      </label>
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText={t("deleting")}>
          {t("submit")}
        </SubmitButton>
        <Link href={listHref} className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
          {t("keep")}
        </Link>
      </div>
    </form>
  );
}
