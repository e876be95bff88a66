"use client";
// The organizer's form for one participant's answers (on the participant page): the public form's
// fields, prefilled; required questions may be left empty here.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { QuestionFields } from "@/components/questions/question-fields";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RawAnswers } from "@/lib/questions/answers-schema";
import type { Question } from "@/lib/questions/definitions";

type State = { ok?: boolean; message?: string; error?: string; fieldErrors?: Record<string, string>; values?: RawAnswers };

type Props = { action: (prev: State, form: FormData) => Promise<State>; questions: Question[]; values: RawAnswers };

export function EditAnswersForm({ action, questions, values }: Props) {
  const t = useTranslations("questions.edit");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" aria-label={t("label")}>
      <QuestionFields questions={questions} values={state.values ?? values} errors={state.fieldErrors} idPrefix="edit" />
      {/* Next to the button, where the organizer is looking after a save. */}
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.ok && <Alert tone="success">{state.message}</Alert>}
      <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
