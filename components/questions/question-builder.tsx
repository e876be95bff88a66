"use client";
// The question builder: the event's own questions as a list the organizer edits in place (add,
// edit, move up / down, remove), with the public form's rendering of them beside it, live. Saving
// sends the whole list as JSON; the server checks it with the same schema (lib/questions/). Words
// from the catalogue (questions.builder, questions.types).
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { QuestionFields } from "@/components/questions/question-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import {
  activeQuestions,
  canBeCondition,
  hasOptions,
  keyFromLabel,
  newQuestionId,
  QUESTION_LIMITS,
  type Question,
  type QuestionType,
  questionTypes,
} from "@/lib/questions/definitions";
import type { QuestionsFormState } from "@/lib/questions/save-event-questions";

type Props = { action: (prev: QuestionsFormState, form: FormData) => Promise<QuestionsFormState>; initial: Question[] };

export function QuestionBuilder({ action, initial }: Props) {
  const t = useTranslations("questions.builder");
  const [state, formAction] = useActionState(action, {});
  const [list, setList] = useState<Question[]>(() => activeQuestions(initial));
  const [dirty, setDirty] = useState(false);
  const update = (next: Question[]) => {
    setList(next);
    setDirty(true);
  };
  const change = (i: number, patch: Partial<Question>) => update(list.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) => {
    const next = [...list];
    const [q] = next.splice(i, 1);
    next.splice(i + by, 0, q);
    update(next);
  };
  const add = () =>
    update([...list, { id: newQuestionId(), key: uniqueKey("question", list), type: "short_text", label: "", help: "", required: false }]);
  const errorIndex = typeof state.path?.[0] === "number" ? state.path[0] : null;

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        action={(form) => {
          setDirty(false);
          return formAction(form);
        }}
        className="space-y-4"
      >
        <input type="hidden" name="questions" value={JSON.stringify(list)} />
        {list.length === 0 && <p className="rounded-md border border-dashed border-zinc-300 p-4 text-sm text-zinc-600">{t("empty")}</p>}
        <ol className="space-y-4">
          {list.map((q, i) => (
            <li key={q.id}>
              <QuestionEditor
                q={q}
                index={i}
                count={list.length}
                earlier={list.slice(0, i)}
                invalid={errorIndex === i}
                onChange={(patch) => change(i, patch)}
                onMove={(by) => move(i, by)}
                onRemove={() =>
                  update(list.filter((_, j) => j !== i).map((o) => (o.showWhen?.questionId === q.id ? { ...o, showWhen: undefined } : o)))
                }
              />
            </li>
          ))}
        </ol>
        <p className="text-sm text-zinc-500">{t("removedNote")}</p>
        {/* Next to the buttons, where the organizer is looking after a save. */}
        {state.error && <Alert tone="error">{state.error}</Alert>}
        {state.ok && !dirty && <Alert tone="success">{state.message}</Alert>}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" onClick={add} disabled={list.length >= QUESTION_LIMITS.questions}>
            {t("add")}
          </Button>
          <SaveButton />
          {dirty && <span className="text-sm text-amber-800">{t("unsaved")}</span>}
        </div>
        {list.length >= QUESTION_LIMITS.questions && (
          <p className="text-sm text-zinc-600">{t("limit", { max: QUESTION_LIMITS.questions })}</p>
        )}
      </form>
      <section aria-labelledby="preview-title" className="lg:sticky lg:top-4 lg:self-start">
        <h2 id="preview-title" className="mb-3 text-lg font-semibold">
          {t("previewTitle")}
        </h2>
        <Card className="p-4">
          {activeQuestions(list).length === 0 ? (
            <p className="text-sm text-zinc-600">{t("previewEmpty")}</p>
          ) : (
            <QuestionFields questions={list.filter((q) => q.label.trim() !== "")} idPrefix="preview" preview />
          )}
        </Card>
      </section>
    </div>
  );
}

function uniqueKey(base: string, list: Question[], self?: string): string {
  const taken = new Set(list.filter((q) => q.id !== self).map((q) => q.key));
  const root = base || "question";
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}_${n}`.slice(0, QUESTION_LIMITS.key))) return `${root}_${n}`.slice(0, QUESTION_LIMITS.key);
}

type EditorProps = {
  q: Question;
  index: number;
  count: number;
  earlier: Question[];
  invalid: boolean;
  onChange: (patch: Partial<Question>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
};

function QuestionEditor({ q, index, count, earlier, invalid, onChange, onMove, onRemove }: EditorProps) {
  const text = useTranslations("questions.builder");
  const types = useTranslations("questions.types");
  const yesNo = useTranslations("questions.answerValue");
  const id = `b-${q.id}`;
  const conditionTargets = earlier.filter((t) => canBeCondition(t.type));
  const target = conditionTargets.find((t) => t.id === q.showWhen?.questionId);
  // The key follows the label until the organizer types one of their own.
  const [keyTouched, setKeyTouched] = useState(q.label !== "" && q.key !== keyFromLabel(q.label));
  return (
    <fieldset
      className={`space-y-4 rounded-lg border bg-white p-4 ${invalid ? "border-red-500" : "border-zinc-200"}`}
      aria-invalid={invalid || undefined}
    >
      <legend className="px-1 text-sm font-semibold text-zinc-700">
        {text("questionNumber", { number: index + 1 })}
        {q.label && `: ${q.label}`}
      </legend>
      <Field id={`${id}-label`} label={text("question")}>
        <Input
          value={q.label}
          maxLength={QUESTION_LIMITS.label}
          onChange={(e) => onChange({ label: e.target.value, ...(keyTouched ? {} : { key: keyFromLabel(e.target.value) || q.key }) })}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-type`} label={text("type")}>
          <Select
            value={q.type}
            onChange={(e) => {
              const type = e.target.value as QuestionType;
              onChange({
                type,
                options: hasOptions(type)
                  ? q.options?.length
                    ? q.options
                    : [
                        { id: newQuestionId(), label: "" },
                        { id: newQuestionId(), label: "" },
                      ]
                  : undefined,
                display: type === "single_choice" ? (q.display ?? "radio") : undefined,
              });
            }}
          >
            {questionTypes.map((t) => (
              <option key={t} value={t}>
                {types(t)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${id}-key`} label={text("key")} hint={text("keyHint", { key: q.key || "…" })}>
          <Input
            value={q.key}
            maxLength={QUESTION_LIMITS.key}
            onChange={(e) => {
              setKeyTouched(true);
              onChange({ key: e.target.value.toLowerCase().replace(/[^a-z0-9_]/g, "_") });
            }}
          />
        </Field>
      </div>
      <Field id={`${id}-help`} label={text("help")} optional>
        <Textarea
          className="min-h-16"
          value={q.help}
          maxLength={QUESTION_LIMITS.help}
          onChange={(e) => onChange({ help: e.target.value })}
        />
      </Field>
      <label className="flex items-center gap-3 text-sm text-zinc-800">
        <input
          type="checkbox"
          className="size-5 accent-brand-600"
          checked={q.required}
          onChange={(e) => onChange({ required: e.target.checked })}
        />
        {text("required")}
      </label>
      {q.type === "single_choice" && (
        <Field id={`${id}-display`} label={text("display")}>
          <Select value={q.display ?? "radio"} onChange={(e) => onChange({ display: e.target.value as "radio" | "dropdown" })}>
            <option value="radio">{text("radio")}</option>
            <option value="dropdown">{text("dropdown")}</option>
          </Select>
        </Field>
      )}
      {hasOptions(q.type) && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-zinc-800">{text("options")}</legend>
          {(q.options ?? []).map((o, oi) => (
            <div key={o.id} className="flex gap-2">
              <Input
                aria-label={text("optionNumber", { number: oi + 1 })}
                value={o.label}
                maxLength={QUESTION_LIMITS.optionLabel}
                onChange={(e) => onChange({ options: q.options?.map((x) => (x.id === o.id ? { ...x, label: e.target.value } : x)) })}
              />
              <Button
                type="button"
                variant="ghost"
                aria-label={o.label ? text("removeOption", { label: o.label }) : text("removeNewOption")}
                onClick={() => onChange({ options: q.options?.filter((x) => x.id !== o.id) })}
              >
                ✕
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            disabled={(q.options?.length ?? 0) >= QUESTION_LIMITS.options}
            onClick={() => onChange({ options: [...(q.options ?? []), { id: newQuestionId(), label: "" }] })}
          >
            {text("addOption")}
          </Button>
        </fieldset>
      )}
      {q.type === "number" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${id}-min`} label={text("min")} optional>
            <Input
              type="number"
              value={q.min ?? ""}
              onChange={(e) => onChange({ min: e.target.value === "" ? undefined : Number(e.target.value) })}
            />
          </Field>
          <Field id={`${id}-max`} label={text("max")} optional>
            <Input
              type="number"
              value={q.max ?? ""}
              onChange={(e) => onChange({ max: e.target.value === "" ? undefined : Number(e.target.value) })}
            />
          </Field>
        </div>
      )}
      {conditionTargets.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${id}-when`} label={text("condition")}>
            <Select
              value={q.showWhen?.questionId ?? ""}
              onChange={(e) => {
                const t = conditionTargets.find((x) => x.id === e.target.value);
                onChange({
                  showWhen: t ? { questionId: t.id, value: t.type === "yes_no" ? "yes" : (t.options?.[0]?.id ?? "") } : undefined,
                });
              }}
            >
              <option value="">{text("always")}</option>
              {conditionTargets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label || t.key}
                </option>
              ))}
            </Select>
          </Field>
          {target && q.showWhen && (
            <Field id={`${id}-when-value`} label={text("answer")}>
              <Select value={q.showWhen.value} onChange={(e) => onChange({ showWhen: { questionId: target.id, value: e.target.value } })}>
                {(target.type === "yes_no"
                  ? [
                      { id: "yes", label: yesNo("yes") },
                      { id: "no", label: yesNo("no") },
                    ]
                  : (target.options ?? [])
                ).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label || text("optionWithoutLabel")}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-2 border-t border-zinc-100 pt-3">
        <Button type="button" variant="secondary" size="sm" disabled={index === 0} onClick={() => onMove(-1)}>
          {text("up")}
        </Button>
        <Button type="button" variant="secondary" size="sm" disabled={index === count - 1} onClick={() => onMove(1)}>
          {text("down")}
        </Button>
        <Button type="button" variant="ghost" size="sm" className="text-red-700" onClick={onRemove}>
          {text("remove")}
        </Button>
      </div>
    </fieldset>
  );
}

function SaveButton() {
  const t = useTranslations("questions.builder");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? t("saving") : t("save")}
    </Button>
  );
}
