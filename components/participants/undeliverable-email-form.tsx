"use client";
// On a participant whose address a hard bounce or a complaint marked undeliverable: why, and a form
// to correct the address or clear the mark (emails to it are suppressed until then).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Props = {
  participantId: string;
  email: string;
  reason: string | null;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function UndeliverableEmailForm({ participantId, email, reason, action }: Props) {
  const t = useTranslations("participants.undeliverable");
  const [state, formAction] = useActionState(action, {});
  return (
    <Alert tone="warning" className="space-y-3">
      <div>
        <p className="font-semibold">{t("title")}</p>
        {reason && <p className="mt-1 break-words">{reason}</p>}
        <p className="mt-1">{t("explain")}</p>
      </div>
      {state.error && !state.fieldErrors?.email && <p className="font-medium text-red-800">{state.error}</p>}
      <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <input type="hidden" name="participantId" value={participantId} />
        <input type="hidden" name="intent" value="correct" />
        <Field id="corrected-email" label={t("label")} hint={t("hint")} error={state.fieldErrors?.email} className="min-w-0 flex-1">
          <Input name="email" type="email" required defaultValue={state.values?.email ?? email} autoComplete="off" maxLength={254} />
        </Field>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </form>
      <form action={formAction}>
        <input type="hidden" name="participantId" value={participantId} />
        <input type="hidden" name="intent" value="clear" />
        <SubmitButton variant="secondary" pendingText={t("clearing")}>
          {t("clear")}
        </SubmitButton>
      </form>
    </Alert>
  );
}
