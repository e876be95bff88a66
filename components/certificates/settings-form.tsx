"use client";
// The certificate design form: title, text with placeholders, signer, hours, orientation. Saving
// refreshes the preview next to it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionAlerts } from "@/components/ui/action-alerts";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Values = {
  title: string;
  body: string;
  signerName: string;
  signerTitle: string;
  extra: string;
  orientation: "landscape" | "portrait";
};
// The placeholders are the same in every language: they are what the organizer types.
const PLACEHOLDERS = "{{full_name}}, {{first_name}}, {{last_name}}, {{event_title}}, {{event_date}}, {{venue}}, {{hours}}";
type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function SettingsForm({ values, action }: { values: Values; action: Action }) {
  const t = useTranslations("certificates.settings");
  const [state, formAction] = useActionState(action, {});
  const err = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={formAction} className="space-y-4">
      <Field id="cert-title" label={t("title")} error={err("title")}>
        <Input name="title" defaultValue={values.title} maxLength={120} required />
      </Field>
      <Field id="cert-body" label={t("text")} hint={t("textHint", { placeholders: PLACEHOLDERS })} error={err("body")}>
        <Textarea name="body" defaultValue={values.body} maxLength={1000} rows={4} required />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="cert-signer-name" label={t("signerName")} optional error={err("signerName")}>
          <Input name="signerName" defaultValue={values.signerName} maxLength={120} />
        </Field>
        <Field id="cert-signer-title" label={t("signerTitle")} optional error={err("signerTitle")}>
          <Input name="signerTitle" defaultValue={values.signerTitle} maxLength={120} />
        </Field>
        <Field id="cert-extra" label={t("extra", { placeholder: "{{hours}}" })} optional error={err("extra")}>
          <Input name="extra" defaultValue={values.extra} maxLength={120} />
        </Field>
        <Field id="cert-orientation" label={t("orientation")} error={err("orientation")}>
          <Select name="orientation" defaultValue={values.orientation}>
            <option value="landscape">{t("landscape")}</option>
            <option value="portrait">{t("portrait")}</option>
          </Select>
        </Field>
      </div>
      <ActionAlerts state={state} />
      <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
