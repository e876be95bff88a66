"use client";
// The certificate design form: title, text with placeholders, signer, hours, orientation. Saving
// refreshes the preview next to it.
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
type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function SettingsForm({ values, action }: { values: Values; action: Action }) {
  const [state, formAction] = useActionState(action, {});
  const err = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={formAction} className="space-y-4">
      <Field id="cert-title" label="Title" error={err("title")}>
        <Input name="title" defaultValue={values.title} maxLength={120} required />
      </Field>
      <Field
        id="cert-body"
        label="Text"
        hint="Placeholders: {{full_name}}, {{first_name}}, {{last_name}}, {{event_title}}, {{event_date}}, {{venue}}, {{hours}}"
        error={err("body")}
      >
        <Textarea name="body" defaultValue={values.body} maxLength={1000} rows={4} required />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="cert-signer-name" label="Signer's name" optional error={err("signerName")}>
          <Input name="signerName" defaultValue={values.signerName} maxLength={120} />
        </Field>
        <Field id="cert-signer-title" label="Signer's title" optional error={err("signerTitle")}>
          <Input name="signerTitle" defaultValue={values.signerTitle} maxLength={120} />
        </Field>
        <Field id="cert-extra" label="Hours (or other text for {{hours}})" optional error={err("extra")}>
          <Input name="extra" defaultValue={values.extra} maxLength={120} />
        </Field>
        <Field id="cert-orientation" label="Orientation" error={err("orientation")}>
          <Select name="orientation" defaultValue={values.orientation}>
            <option value="landscape">A4 landscape</option>
            <option value="portrait">A4 portrait</option>
          </Select>
        </Field>
      </div>
      <ActionAlerts state={state} />
      <SubmitButton pendingText="Saving…">Save design</SubmitButton>
    </form>
  );
}
