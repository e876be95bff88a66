"use client";
// Add a participant by hand: the public form's fields and rules (participantFields), without the
// consent box, which is the participant's to tick. Checked here before sending and again on the
// server; errors appear next to each field and what was typed stays.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ParticipantFields } from "@/components/participants/participant-fields";
import { Button } from "@/components/ui/button";
import { CheckedForm } from "@/components/ui/checked-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { localizedFieldErrors } from "@/lib/i18n/field-messages";
import type { FormState } from "@/lib/validation/form-state";
import { participantFields } from "@/lib/validation/participants";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; cancelHref: string };

export function AddParticipantForm({ action, cancelHref }: Props) {
  const t = useTranslations("participants.add");
  // The public form's field messages ("First name is required"), in the organizer's language.
  const field = useTranslations("public");
  return (
    <CheckedForm
      action={action}
      schema={participantFields}
      summary={t("summary")}
      issues={(error) => localizedFieldErrors(error, field)}
      className="space-y-5"
    >
      {({ errors, values: v }) => (
        <>
          <ParticipantFields errors={errors} values={v} autofill={false} />
          <div className="flex flex-col-reverse gap-3 border-t border-zinc-200 pt-5 sm:flex-row sm:justify-end">
            <Button asChild variant="secondary">
              <Link href={cancelHref}>{t("cancel")}</Link>
            </Button>
            <SubmitButton pendingText={t("adding")}>{t("submit")}</SubmitButton>
          </div>
        </>
      )}
    </CheckedForm>
  );
}
