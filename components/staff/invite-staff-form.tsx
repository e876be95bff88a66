"use client";
// Invite someone: name, email, role and events. After sending, the link is shown once to copy (it was
// emailed too); the form is then ready for the next invitation.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { InviteState } from "@/lib/validation/staff";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { staffRoles } from "@/lib/validation/staff";
import { CopyLink } from "./copy-link";
import { EventCheckboxes, type EventChoice } from "./event-checkboxes";

type Props = { action: (prev: InviteState, form: FormData) => Promise<InviteState>; events: EventChoice[] };

export function InviteStaffForm({ action, events }: Props) {
  const t = useTranslations("ops.staff");
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? {};
  // Remount the fields after each answer: cleared after a success, refilled after errors.
  const formKey = state.invited ? `sent-${state.invited.link}` : JSON.stringify(state.values ?? {});
  return (
    <div className="space-y-5">
      {state.invited && (
        <Alert tone="success" className="space-y-3">
          <p>
            {t.rich("invited", {
              email: state.invited.email,
              strong: (chunks) => <strong className="break-all">{chunks}</strong>,
            })}
          </p>
          <CopyLink link={state.invited.link} label={t("linkFor", { name: state.invited.name })} />
        </Alert>
      )}
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <form key={formKey} action={formAction} className="space-y-5" noValidate>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="invite-name" label={t("name")} error={errors.name}>
            <Input name="name" defaultValue={v.name} maxLength={100} autoComplete="off" required />
          </Field>
          <Field id="invite-email" label={t("email")} error={errors.email}>
            <Input name="email" type="email" inputMode="email" defaultValue={v.email} maxLength={254} autoComplete="off" required />
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-zinc-800">{t("role")}</legend>
          {staffRoles.map((role) => (
            <label key={role} htmlFor={`invite-role-${role}`} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                id={`invite-role-${role}`}
                name="role"
                value={role}
                defaultChecked={(v.role ?? "door_staff") === role}
                className="mt-0.5 size-4 accent-brand-600"
              />
              <span>
                <span className="font-medium">{t(`roles.${role}`)}</span> <span className="text-zinc-600">— {t(`roleHints.${role}`)}</span>
              </span>
            </label>
          ))}
          {errors.role && (
            <p className="text-sm font-medium text-red-700" role="alert">
              {errors.role}
            </p>
          )}
        </fieldset>
        <EventCheckboxes
          idPrefix="invite-event"
          events={events}
          checked={state.eventIds ?? []}
          legend={t("events")}
          error={errors.eventIds}
        />
        <SubmitButton pendingText={t("sending")}>{t("send")}</SubmitButton>
      </form>
    </div>
  );
}
