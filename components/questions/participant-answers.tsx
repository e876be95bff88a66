// A participant's answers on their page: every question on the form today, then removed questions
// they answered (marked so), and the organizer's changes with who made them. Text is rendered by
// React, so markup in answers shows as typed. Server components (the participant page).
import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/lib/i18n/locales";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { Answers, Question } from "@/lib/questions/definitions";
import { answerInLanguage } from "@/lib/questions/answer-in-language";

type Change = {
  id: string;
  createdAt: Date;
  changedByName: string | null;
  changes: { questionId: string; label: string; from: string; to: string }[];
};

export function ParticipantAnswers({ questions, answers }: { questions: Question[]; answers: Answers }) {
  const t = useTranslations("questions.answers");
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const shown = questions.filter((q) => !q.removed || answers[q.id] !== undefined);
  if (shown.length === 0) return <p className="text-sm text-zinc-600">{t("none")}</p>;
  return (
    <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_minmax(0,1fr)] sm:gap-x-6">
      {shown.map((q) => (
        <div key={q.id} className="contents">
          <dt className="font-medium break-words text-zinc-600">
            {q.label}
            {q.removed && <span className="block text-xs font-normal text-zinc-500">{t("removed")}</span>}
          </dt>
          <dd className="break-words whitespace-pre-line text-zinc-900">
            {answerInLanguage(locale, q, answers[q.id]) || <span className="text-zinc-400">—</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AnswerHistory({ history, when }: { history: Change[]; when: (d: Date) => React.ReactNode }) {
  const t = useTranslations("questions.answers");
  if (history.length === 0) return null;
  return (
    <Table caption={t("historyCaption")} className="min-w-[40rem]">
      <TableHeader columns={[t("columns.when"), t("columns.question"), t("columns.before"), t("columns.after"), t("columns.by")]} />
      <TBody>
        {history.flatMap((h) =>
          h.changes.map((c, i) => (
            <TR key={`${h.id}-${c.questionId}`}>
              <TD className="whitespace-nowrap">{i === 0 ? when(h.createdAt) : ""}</TD>
              <TD className="break-words">{c.label}</TD>
              <TD className="break-words">{c.from || "—"}</TD>
              <TD className="break-words">{c.to || "—"}</TD>
              <TD className="break-words">{h.changedByName ?? "—"}</TD>
            </TR>
          )),
        )}
      </TBody>
    </Table>
  );
}
