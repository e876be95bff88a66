"use client";
// Which column is which field, the import's options and "Start import". As the organizer changes a
// column, the table below shows what each of the first rows would become, by the same rules the
// import applies (or why the row would not be imported, in the page's language).
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { CsvRecord } from "@/lib/imports/csv-rows";
import { delimiterNames } from "@/lib/imports/delimiters";
import { type ImportWords, rowProblemsText } from "@/lib/imports/import-reason";
import { type ColumnMapping, columnLetter, type MappingField, mappingFields } from "@/lib/imports/header-mapping";
import type { ReadSettings } from "@/lib/imports/import-settings";
import { type QuestionColumns, questionReader, requiredUnmapped } from "@/lib/imports/question-columns";
import { rowToParticipant } from "@/lib/imports/row-to-participant";
import { questionColumnField } from "@/lib/imports/start-import-form";
import { resolveLocale } from "@/lib/i18n/locales";
import { activeQuestions, type Question } from "@/lib/questions/definitions";
import type { FormState } from "@/lib/validation/form-state";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  header: string[] | null;
  columnCount: number;
  rows: CsvRecord[];
  mapping: ColumnMapping;
  settings: ReadSettings;
  requestKey: string;
  approvalMode: "automatic" | "manual";
  /** The event's questions and the columns suggested for them from the headings. */
  questions: Question[];
  questionColumns: QuestionColumns;
};

const hints: Partial<Record<MappingField, "emailHint" | "fullNameHint">> = { email: "emailHint", fullName: "fullNameHint" };

export function MappingForm({
  action,
  header,
  columnCount,
  rows,
  mapping: detected,
  settings,
  requestKey,
  approvalMode,
  questions,
  questionColumns: suggested,
}: Props) {
  const t = useTranslations("imports");
  const tPublic = useTranslations("public");
  const words: ImportWords = {
    t: (key, values) => t(key as never, values as never),
    form: (key, values) => tPublic(key as never, values as never),
    locale: resolveLocale(useLocale()),
  };
  const [questionColumns, setQuestionColumns] = useState<QuestionColumns>(suggested);
  const readAnswers = useMemo(() => questionReader(questions, questionColumns), [questions, questionColumns]);
  const unmapped = requiredUnmapped(questions, questionColumns);
  const [state, formAction] = useActionState(action, {});
  const [mapping, setMapping] = useState<ColumnMapping>(detected);
  const [dryRun, setDryRun] = useState(false);
  const [sendEmails, setSendEmails] = useState(false);
  const errors = state.fieldErrors ?? {};
  const columns = Array.from({ length: columnCount }, (_, i) => i);
  const columnName = (c: number) => `${columnLetter(c)}${header?.[c] ? `: ${header[c]}` : ""}`;
  /** A select of the file's columns, "not in the file" first; answers the chosen column or null. */
  const columnSelect = (name: string, value: number | null, onChange: (column: number | null) => void) => (
    <Select
      name={name}
      value={value === null ? "" : String(value)}
      onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
    >
      <option value="">{t("mapping.notInFile")}</option>
      {columns.map((c) => (
        <option key={c} value={c}>
          {columnName(c)}
        </option>
      ))}
    </Select>
  );
  const outcomes = rows.map((r) => {
    const outcome = rowToParticipant(r.cells, mapping);
    const answers = readAnswers(r.cells);
    if (!answers.ok)
      return {
        row: r.rowNumber,
        outcome: { ok: false as const, problems: [...(outcome.ok ? [] : outcome.problems), ...answers.problems] },
      };
    return { row: r.rowNumber, outcome };
  });

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="requestKey" value={requestKey} />
      <input type="hidden" name="encoding" value={settings.encoding} />
      <input type="hidden" name="delimiter" value={delimiterNames[settings.delimiter]} />
      <input type="hidden" name="headerRow" value={settings.headerRow} />

      <fieldset>
        <legend className="text-lg font-semibold">{t("mapping.columnsLegend")}</legend>
        <p className="mt-1 text-sm text-zinc-600">{t("mapping.columnsHint")}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {mappingFields.map((field) => (
            <Field
              key={field}
              id={`map-${field}`}
              label={t(`mapping.fields.${field}`)}
              hint={hints[field] && t(`mapping.${hints[field]}`)}
              error={errors[field]}
            >
              {columnSelect(field, mapping[field], (column) => setMapping({ ...mapping, [field]: column }))}
            </Field>
          ))}
        </div>
      </fieldset>

      {activeQuestions(questions).length > 0 && (
        <fieldset>
          <legend className="text-lg font-semibold">{t("mapping.questionsLegend")}</legend>
          <p className="mt-1 text-sm text-zinc-600">{t("mapping.questionsHint")}</p>
          {unmapped.length > 0 && (
            <Alert tone="warning" className="mt-3">
              {t("mapping.requiredUnmapped", { questions: unmapped.map((q) => `“${q.label}”`).join(", ") })}
            </Alert>
          )}
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {activeQuestions(questions).map((q) => (
              <Field key={q.id} id={`map-question-${q.id}`} label={q.label} error={errors[questionColumnField(q.id)]}>
                {columnSelect(questionColumnField(q.id), questionColumns[q.id] ?? null, (column) => {
                  const next = { ...questionColumns };
                  if (column === null) delete next[q.id];
                  else next[q.id] = column;
                  setQuestionColumns(next);
                })}
              </Field>
            ))}
          </div>
        </fieldset>
      )}

      <section aria-labelledby="outcome-heading" className="space-y-3">
        <h2 id="outcome-heading" className="text-lg font-semibold">
          {t("mapping.outcomeHeading")}
        </h2>
        <Table caption={t("mapping.outcomeCaption")} className="min-w-[44rem]">
          <THead>
            <TR>
              <TH>{t("mapping.row")}</TH>
              <TH>{t("mapping.fields.firstName")}</TH>
              <TH>{t("mapping.fields.lastName")}</TH>
              <TH>{t("mapping.fields.email")}</TH>
              <TH>{t("mapping.fields.organisation")}</TH>
              <TH>{t("mapping.fields.phone")}</TH>
            </TR>
          </THead>
          <TBody>
            {outcomes.map(({ row, outcome }) => (
              <TR key={row}>
                <TD className="text-zinc-500 tabular-nums">{row}</TD>
                {outcome.ok ? (
                  <>
                    <TD>{outcome.participant.firstName}</TD>
                    <TD>{outcome.participant.lastName}</TD>
                    <TD className="break-all">{outcome.participant.email}</TD>
                    <TD>{outcome.participant.organisation ?? ""}</TD>
                    <TD className="whitespace-nowrap">{outcome.participant.phone ?? ""}</TD>
                  </>
                ) : (
                  <TD colSpan={5} className="text-red-800">
                    {t("mapping.notImported", { reason: rowProblemsText(outcome.problems, words) })}
                  </TD>
                )}
              </TR>
            ))}
          </TBody>
        </Table>
      </section>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("mapping.optionsLegend")}</legend>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="dryRun" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} className="mt-0.5 size-4" />
          <span>
            <span className="font-medium">{t("mapping.dryRun")}</span>
            <span className="block text-zinc-600">{t("mapping.dryRunHint")}</span>
          </span>
        </label>
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            name="sendEmails"
            checked={sendEmails && !dryRun}
            disabled={dryRun}
            onChange={(e) => setSendEmails(e.target.checked)}
            className="mt-0.5 size-4"
          />
          <span>
            <span className="font-medium">{t("mapping.sendEmails")}</span>
            <span className="block text-zinc-600">{t("mapping.sendEmailsHint", { mode: approvalMode })}</span>
          </span>
        </label>
      </fieldset>

      {(state.error || errors._form) && <Alert tone="error">{state.error ?? errors._form}</Alert>}
      <SubmitButton pendingText={t("mapping.starting")}>{dryRun ? t("mapping.startDryRun") : t("mapping.startImport")}</SubmitButton>
    </form>
  );
}
