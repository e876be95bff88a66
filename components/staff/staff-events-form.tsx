"use client";
// Change which events one staff member may work on: a disclosure per person, saved in one go.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { StaffEventsState } from "@/lib/validation/staff";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { EventCheckboxes, type EventChoice } from "./event-checkboxes";

type Props = {
  action: (prev: StaffEventsState, form: FormData) => Promise<StaffEventsState>;
  member: { id: string; name: string; eventIds: string[] };
  events: EventChoice[];
};

export function StaffEventsForm({ action, member, events }: Props) {
  const t = useTranslations("ops.staff");
  const [state, formAction] = useActionState(action, {});
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-brand-600 hover:underline">
        {t("changeEvents")}
        <span className="sr-only">{t("ofName", { name: member.name })}</span>
      </summary>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="userId" value={member.id} />
        <EventCheckboxes
          idPrefix={`member-${member.id}`}
          events={events}
          checked={member.eventIds}
          legend={t("eventsFor", { name: member.name })}
        />
        {state.error && <Alert tone="error">{state.error}</Alert>}
        {state.saved && !state.error && <Alert tone="success">{t("saved")}</Alert>}
        <SubmitButton size="sm" pendingText={t("saving")} disabled={events.length === 0}>
          {t("save")}
          <span className="sr-only">{t("ofName", { name: member.name })}</span>
        </SubmitButton>
      </form>
    </details>
  );
}
