"use client";
// Edit one email's subject and body, with the placeholder list beside them and the live preview.
// Save and "Reset to default" are two server actions behind one form; both answer with the wording
// now in force, which replaces the fields after success. On an error the typed text stays as it is.
import { cloneElement, useActionState, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import type { EmailPreview, PreviewAnswer } from "@/lib/email/templates/preview-email-template";
import { numberText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { useFocusFirstError } from "@/lib/ui/use-focus-first-error";
import type { EmailTemplateFormState } from "@/lib/validation/email-templates";
import { EmailPreviewPanel } from "./email-preview";
import { PlaceholderList, type PlaceholderItem } from "./placeholder-list";
import { useLivePreview } from "./use-live-preview";

type Template = { subject: string; body: string };
type FormAction = (prev: EmailTemplateFormState, form: FormData) => Promise<EmailTemplateFormState>;

type Props = {
  kind: string;
  /** The language of the wording being edited (each language keeps its own). */
  language: string;
  kindLabel: string;
  /** The wording in force: the event's own, or the default. */
  saved: Template;
  isCustom: boolean;
  placeholders: PlaceholderItem[];
  initialPreview: EmailPreview;
  saveAction: FormAction;
  resetAction: FormAction;
  previewAction: (draft: { kind: string; subject: string; body: string }) => Promise<PreviewAnswer>;
};

// Mirrors lib/validation/email-templates.ts (not imported: it pulls the schema into the browser).
const SUBJECT_MAX = 200;
const BODY_MAX = 20_000;

export function EmailTemplateEditor(props: Props) {
  const { kind, language, kindLabel, saved, isCustom, placeholders, initialPreview, saveAction, resetAction, previewAction } = props;
  const t = useTranslations("messaging.templates");
  const uiLocale = resolveLocale(useLocale());
  const [subject, setSubject] = useState(saved.subject);
  const [body, setBody] = useState(saved.body);
  const [state, formAction] = useActionState(
    async (prev: EmailTemplateFormState & { version: number }, form: FormData) => {
      const action = form.get("intent") === "reset" ? resetAction : saveAction;
      return { ...(await action(prev, form)), version: prev.version + 1 };
    },
    { version: 0 },
  );
  useEffect(() => {
    if (state.ok && state.values) {
      setSubject(state.values.subject);
      setBody(state.values.body);
    }
  }, [state]);

  const errors = state.fieldErrors ?? {};
  const formRef = useFocusFirstError(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v[0]])));
  const dirty = subject !== saved.subject || body !== saved.body;
  const preview = useLivePreview({ kind, subject, body }, initialPreview, previewAction);

  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<"subject" | "body">("body");
  function insert(name: string) {
    const token = `{{${name}}}`;
    const target = lastField.current === "subject" ? subjectRef.current : bodyRef.current;
    const [value, set] = lastField.current === "subject" ? [subject, setSubject] : [body, setBody];
    const start = target?.selectionStart ?? value.length;
    const end = target?.selectionEnd ?? value.length;
    set(value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      target?.focus();
      target?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="min-w-0 space-y-6">
        <form ref={formRef} action={formAction} noValidate className="space-y-5">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="language" value={language} />

          <TemplateField
            id="subject"
            label={t("subject")}
            errors={errors.subject}
            counter={t("counter", { count: numberText(uiLocale, subject.length), max: numberText(uiLocale, SUBJECT_MAX) })}
          >
            <Input
              ref={subjectRef}
              name="subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              onFocus={() => (lastField.current = "subject")}
              maxLength={SUBJECT_MAX}
              autoComplete="off"
            />
          </TemplateField>

          <TemplateField
            id="body"
            label={t("body")}
            errors={errors.body}
            counter={t("counter", { count: numberText(uiLocale, body.length), max: numberText(uiLocale, BODY_MAX) })}
            hint={t("bodyHint")}
          >
            <Textarea
              ref={bodyRef}
              name="body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              onFocus={() => (lastField.current = "body")}
              rows={16}
              maxLength={BODY_MAX}
              className="leading-6"
            />
          </TemplateField>

          {/* Next to the buttons, where the organizer is looking after a save (on a phone too). */}
          {state.error && <Alert tone="error">{state.error}</Alert>}
          {state.ok && state.message && !dirty && <Alert tone="success">{state.message}</Alert>}
          <div className="flex flex-col gap-3 border-t border-zinc-200 pt-5 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-zinc-600" aria-live="polite">
              {dirty ? t("unsaved") : isCustom ? t("customInUse") : t("defaultInUse")}
            </p>
            <div className="flex flex-col-reverse gap-3 sm:flex-row">
              {dirty && (
                <Button
                  type="button"
                  variant="ghost"
                  onClick={() => {
                    setSubject(saved.subject);
                    setBody(saved.body);
                  }}
                >
                  {t("discard")}
                </Button>
              )}
              {isCustom && (
                <IntentButton
                  intent="reset"
                  variant="secondary"
                  label={t("reset")}
                  pendingLabel={t("resetting")}
                  confirmText={t("resetConfirm", { kind: kindLabel })}
                />
              )}
              <IntentButton intent="save" label={t("save")} pendingLabel={t("saving")} />
            </div>
          </div>
        </form>
        <PlaceholderList placeholders={placeholders} onInsert={insert} />
      </div>
      <div className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <EmailPreviewPanel answer={preview.answer} lastGood={preview.lastGood} pending={preview.pending} sampleName="Μαρία Παπαδοπούλου" />
      </div>
    </div>
  );
}

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  counter: string;
  errors?: string[];
  children: React.ReactElement<Record<string, unknown>>;
};

/** Label, control, hint, counter and every error (a body can have several placeholder problems). */
function TemplateField({ id, label, hint, counter, errors, children }: FieldProps) {
  const described = [hint && `${id}-hint`, `${id}-counter`, errors?.length && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <div>{cloneElement(children, { id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": described })}</div>
      <div className="flex justify-between gap-3 text-sm text-zinc-500">
        <p id={hint ? `${id}-hint` : undefined}>{hint}</p>
        <p id={`${id}-counter`} className="shrink-0 tabular-nums">
          {counter}
        </p>
      </div>
      {errors?.length ? (
        <ul id={`${id}-error`} role="alert" className="list-disc space-y-1 pl-5 text-sm font-medium text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type IntentProps = {
  intent: "save" | "reset";
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  confirmText?: string;
};

/** A submit button that says what it is doing while its own request runs, and blocks a second click. */
function IntentButton({ intent, label, pendingLabel, variant = "primary", confirmText }: IntentProps) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("intent") === intent;
  return (
    <Button
      type="submit"
      name="intent"
      value={intent}
      variant={variant}
      disabled={pending}
      aria-disabled={pending}
      onClick={(e) => {
        if (confirmText && !window.confirm(confirmText)) e.preventDefault();
      }}
    >
      {mine ? pendingLabel : label}
    </Button>
  );
}
