"use client";
// The manage page's forms, phone first: "Claim my seat" (one big button), and cancelling in two
// steps (the button opens the confirmation; the confirmation needs its box ticked). Both work
// without JavaScript: the confirmation is a <details>, the forms post to server actions.
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ManageFormState } from "@/lib/validation/manage-registration";

type Action = (prev: ManageFormState, form: FormData) => Promise<ManageFormState>;

export function ClaimOfferForm({ token, action }: { token: string; action: Action }) {
  const t = useTranslations("public.manage");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="language" value={locale} />
      <SubmitButton size="lg" className="w-full" pendingText={t("claiming")}>
        {t("claim")}
      </SubmitButton>
    </form>
  );
}

export function CancelRegistrationForm({ token, action, waitlisted }: { token: string; action: Action; waitlisted: boolean }) {
  const t = useTranslations("public.manage");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, {});
  const what = waitlisted ? t("leaveWaitlist") : t("cancelRegistration");
  return (
    <details className="rounded-lg border border-zinc-200 p-3" open={Boolean(state.error)}>
      <summary className="cursor-pointer py-2 font-medium text-red-800">{what}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        {state.error && (
          <Alert tone="error" id="cancel-error">
            {state.error}
          </Alert>
        )}
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="language" value={locale} />
        <p className="text-sm text-zinc-700">{waitlisted ? t("leaveWaitlistWarning") : t("cancelWarning")}</p>
        <label className="flex items-start gap-3 text-zinc-800">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            className="mt-1 size-5"
            aria-describedby={state.error ? "cancel-error" : undefined}
          />
          <span>{waitlisted ? t("confirmLeave") : t("confirmCancel")}</span>
        </label>
        <SubmitButton variant="danger" size="lg" className="w-full" pendingText={t("cancelling")}>
          {waitlisted ? t("leaveWaitlist") : t("confirmCancellation")}
        </SubmitButton>
      </form>
    </details>
  );
}
