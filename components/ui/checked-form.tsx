"use client";
// A form checked in the browser with the same zod schema as its server action, before sending: the
// errors appear next to each field and the first one gets the focus. After every answer from the
// server the fields remount with the values it sent back (useFormAction's version), so what was
// typed stays; passwords are never sent back.
import { useState, type ReactNode } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { useFocusFirstError } from "@/lib/ui/use-focus-first-error";
import { useFormAction, type VersionedFormState } from "@/lib/ui/use-form-action";
import { fieldErrors as toFieldErrors, formToObject } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";

export type CheckedFields = {
  errors: Record<string, string>;
  values: Record<string, string>;
  state: VersionedFormState;
};

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  schema: z.ZodType;
  /** What the schema reads, from the form's fields (to add what the server adds itself). */
  input?: (raw: Record<string, string>) => unknown;
  initial?: FormState;
  className?: string;
  /** Shown on top whenever a field is wrong; without it only the server's own error is shown there. */
  summary?: string;
  /** The browser's check's messages per field, in the page's language; the schema's own messages by default. */
  issues?: (error: z.ZodError) => Record<string, string>;
  children: (fields: CheckedFields) => ReactNode;
};

export function CheckedForm({ action, initial = {}, ...rest }: Props) {
  const [state, formAction] = useFormAction(action, initial);
  return <CheckedFormFields key={state.version} state={state} formAction={formAction} {...rest} />;
}

function CheckedFormFields({
  state,
  formAction,
  schema,
  input = (raw) => raw,
  className,
  summary,
  issues = toFieldErrors,
  children,
}: Omit<Props, "action" | "initial"> & { state: VersionedFormState; formAction: (form: FormData) => void }) {
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const formRef = useFocusFirstError(errors);
  const alert = summary
    ? clientErrors
      ? summary
      : state.error || state.fieldErrors
        ? (state.error ?? summary)
        : undefined
    : !clientErrors
      ? state.error
      : undefined;
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className={className}
      onSubmit={(e) => {
        const parsed = schema.safeParse(input(formToObject(new FormData(e.currentTarget))));
        if (!parsed.success) {
          e.preventDefault();
          setClientErrors(issues(parsed.error));
        } else setClientErrors(null);
      }}
    >
      {alert && <Alert tone="error">{alert}</Alert>}
      {children({ errors, values: state.values ?? {}, state })}
    </form>
  );
}
