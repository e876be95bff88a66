"use client";
// The event's own questions as form fields: the public registration form, the builder's live
// preview and the organizer's "edit answers" form all render them here. Choices are fieldsets with a
// legend; each error sits at its field. With JavaScript, a question whose condition is not met is
// hidden (and its answer ignored by the schema); without it every question shows, the conditional
// ones saying when to answer them. Words in the page's language (questions.fields), country names too.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { isShown, type RawAnswers, readRawAnswers } from "@/lib/questions/answers-schema";
import { isLocale } from "@/lib/i18n/locales";
import { countryChoices } from "@/lib/questions/countries";
import { activeQuestions, answerFieldName, QUESTION_LIMITS, type Question } from "@/lib/questions/definitions";
import { formatAnswer } from "@/lib/questions/format-answer";
import { QUESTIONS_SEEN_FIELD } from "@/lib/questions/check-registration-answers";
import { cn } from "@/lib/ui/cn";

type Props = {
  questions: readonly Question[];
  values?: RawAnswers;
  errors?: Record<string, string>;
  /** Field ids are prefixed with this (the preview renders next to the builder's own inputs). */
  idPrefix?: string;
  /** The builder's preview: its fields' names never reach a save. */
  preview?: boolean;
  /** The name of the form's first field in error (it gets the focus on load). */
  focus?: string;
};

const NONE: RawAnswers = {};

export function QuestionFields({
  questions,
  values = NONE,
  errors = NONE as Record<string, string>,
  idPrefix = "q",
  preview = false,
  focus,
}: Props) {
  const t = useTranslations("questions");
  const active = useMemo(() => activeQuestions(questions), [questions]);
  const [current, setCurrent] = useState<RawAnswers>(values);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  useEffect(() => setCurrent(values), [values]);
  if (active.length === 0) return null;

  return (
    <div
      className="space-y-5"
      onChange={(e) => {
        const form = (e.target as HTMLElement).closest("form");
        if (form && !preview) setCurrent(readRawAnswers(new FormData(form), active));
        else if (preview) setCurrent(readPreview(e.currentTarget, active));
      }}
    >
      {!preview && <input type="hidden" name={QUESTIONS_SEEN_FIELD} value={active.map((q) => q.id).join(",")} />}
      {active.map((q) => {
        const shown = !hydrated || isShown(q, current, active);
        const target = q.showWhen ? active.find((t) => t.id === q.showWhen?.questionId) : undefined;
        const condition =
          target && q.showWhen && !hydrated
            ? t("fields.onlyIf", {
                question: target.label,
                answer:
                  target.type === "yes_no"
                    ? t(q.showWhen.value === "yes" ? "answerValue.yes" : "answerValue.no")
                    : formatAnswer(target, q.showWhen.value),
              })
            : undefined;
        return (
          <div key={q.id} hidden={!shown} data-question={q.key}>
            <QuestionField
              q={q}
              id={`${idPrefix}-${q.id}`}
              value={values[answerFieldName(q)]}
              error={errors[answerFieldName(q)]}
              note={condition}
              preview={preview}
              autoFocus={focus === answerFieldName(q)}
            />
          </div>
        );
      })}
    </div>
  );
}

/** The preview has no names: read its inputs by their data attributes. */
function readPreview(root: HTMLElement, questions: readonly Question[]): RawAnswers {
  const out: RawAnswers = {};
  for (const q of questions) {
    const inputs = Array.from(root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-field="${answerFieldName(q)}"]`));
    const values = inputs
      .filter((i) => (i instanceof HTMLInputElement && (i.type === "radio" || i.type === "checkbox") ? i.checked : true))
      .map((i) => i.value);
    out[answerFieldName(q)] = q.type === "multiple_choice" ? values : (values[0] ?? "");
  }
  return out;
}

type FieldProps = {
  q: Question;
  id: string;
  value?: string | string[];
  error?: string;
  note?: string;
  preview: boolean;
  autoFocus: boolean;
};

function QuestionField({ q, id, value, error, note, preview, autoFocus }: FieldProps) {
  const t = useTranslations("questions");
  const optional = useTranslations("common")("optional");
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const name = answerFieldName(q);
  const common = { name: preview ? `preview_${name}` : name, "data-field": name };
  const hint = [q.help, note].filter(Boolean).join(" ") || undefined;
  const one = Array.isArray(value) ? value[0] : value;
  const many = Array.isArray(value) ? value : value ? [value] : [];

  if (q.type === "single_choice" && q.display === "dropdown") {
    return (
      <Field id={id} label={q.label} hint={hint} error={error} optional={!q.required} autoFocus={autoFocus}>
        <Select {...common} defaultValue={one ?? ""} required={q.required}>
          <option value="">{t("fields.choose")}</option>
          {q.options?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (q.type === "single_choice" || q.type === "multiple_choice" || q.type === "yes_no") {
    const options =
      q.type === "yes_no"
        ? [
            { id: "yes", label: t("answerValue.yes") },
            { id: "no", label: t("answerValue.no") },
          ]
        : (q.options ?? []);
    const multiple = q.type === "multiple_choice";
    const hintId = hint ? `${id}-hint` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    return (
      <fieldset
        className="space-y-2"
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        data-question-error={error ? "" : undefined}
      >
        <legend className="text-sm font-medium text-zinc-800">
          {q.label}
          {!q.required && <span className="ml-1 font-normal text-zinc-500">{optional}</span>}
        </legend>
        {hint && (
          <p id={hintId} className="text-sm text-zinc-500">
            {hint}
          </p>
        )}
        <div className={cn("space-y-1", q.type === "yes_no" && "flex gap-6 space-y-0")}>
          {options.map((o, i) => (
            <label key={o.id} className="flex min-h-11 items-center gap-3 text-base text-zinc-800 sm:min-h-8 sm:text-sm">
              <input
                {...common}
                id={i === 0 ? id : undefined}
                // biome-ignore lint/a11y/noAutofocus: only the first error after the person's own submit (the page without JavaScript)
                autoFocus={autoFocus && i === 0}
                type={multiple ? "checkbox" : "radio"}
                value={o.id}
                defaultChecked={many.includes(o.id)}
                aria-invalid={error ? true : undefined}
                className="size-5 shrink-0 accent-brand-600"
              />
              {o.label}
            </label>
          ))}
        </div>
        {error && (
          <p id={errorId} className="text-sm font-medium text-red-700" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    );
  }
  const control = (() => {
    switch (q.type) {
      case "long_text":
        return <Textarea {...common} defaultValue={one} maxLength={QUESTION_LIMITS.longText} required={q.required} />;
      case "number":
        return <Input {...common} type="text" inputMode="decimal" defaultValue={one} maxLength={30} required={q.required} />;
      case "date":
        return <Input {...common} type="date" defaultValue={one} required={q.required} />;
      case "email":
        return <Input {...common} type="email" inputMode="email" defaultValue={one} maxLength={254} required={q.required} />;
      case "phone":
        return <Input {...common} type="tel" inputMode="tel" autoComplete="off" defaultValue={one} maxLength={40} required={q.required} />;
      case "country":
        return (
          <Select {...common} defaultValue={one ?? ""} required={q.required}>
            <option value="">{t("fields.choose")}</option>
            {countryChoices(locale).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </Select>
        );
      default:
        return <Input {...common} defaultValue={one} maxLength={QUESTION_LIMITS.shortText} required={q.required} />;
    }
  })();
  const bounds = q.type === "number" && (q.min !== undefined || q.max !== undefined) ? numberHint(q, t) : undefined;
  return (
    <Field
      id={id}
      label={q.label}
      hint={[hint, bounds].filter(Boolean).join(" ") || undefined}
      error={error}
      optional={!q.required}
      autoFocus={autoFocus}
    >
      {control}
    </Field>
  );
}

function numberHint(q: Question, t: ReturnType<typeof useTranslations<"questions">>): string {
  if (q.min !== undefined && q.max !== undefined) return t("fields.numberRange", { min: q.min, max: q.max });
  return q.min !== undefined ? t("fields.numberMin", { min: q.min }) : t("fields.numberMax", { max: q.max ?? 0 });
}
