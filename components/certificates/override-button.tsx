"use client";
// Add or remove one participant from the certificate list.
import { useTranslations } from "next-intl";
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
  const t = useTranslations("certificates.eligibility");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="included" value={String(include)} />
      <SubmitButton
        variant="secondary"
        size="sm"
        pendingText={t("saving")}
        aria-label={include ? t("addBackLabel", { name }) : t("removeLabel", { name })}
      >
        {include ? t("addBack") : t("remove")}
      </SubmitButton>
      {state.error && (
        <p className="text-sm text-red-700" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
