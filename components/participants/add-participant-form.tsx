"use client";
// Add a participant by hand: the public form's fields and rules (participantFields), without the
// consent box, which is the participant's to tick. Checked here before sending and again on the
// server; errors appear next to each field and what was typed stays.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";
import { participantFields } from "@/lib/validation/participants";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; cancelHref: string };

export function AddParticipantForm({ action, cancelHref }: Props) {
  return (
    <CheckedForm action={action} schema={participantFields} summary="Please correct the highlighted fields." className="space-y-5">
      {({ errors, values: v }) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="firstName" label="First name" error={errors.firstName}>
              <Input name="firstName" autoComplete="off" defaultValue={v.firstName} maxLength={100} required />
            </Field>
            <Field id="lastName" label="Last name" error={errors.lastName}>
              <Input name="lastName" autoComplete="off" defaultValue={v.lastName} maxLength={100} required />
            </Field>
          </div>
          <Field id="email" label="Email" error={errors.email}>
            <Input name="email" type="email" inputMode="email" autoComplete="off" defaultValue={v.email} maxLength={254} required />
          </Field>
          <Field id="organisation" label="Organisation" optional error={errors.organisation}>
            <Input name="organisation" autoComplete="off" defaultValue={v.organisation} maxLength={200} />
          </Field>
          <Field id="phone" label="Phone" optional error={errors.phone}>
            <Input name="phone" type="tel" inputMode="tel" autoComplete="off" defaultValue={v.phone} maxLength={40} />
          </Field>
          <div className="flex flex-col-reverse gap-3 border-t border-zinc-200 pt-5 sm:flex-row sm:justify-end">
            <Button asChild variant="secondary">
              <Link href={cancelHref}>Cancel</Link>
            </Button>
            <SubmitButton pendingText="Adding…">Add participant</SubmitButton>
          </div>
        </>
      )}
    </CheckedForm>
  );
}
