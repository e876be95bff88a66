// The overview's counts per option of each choice and yes/no question on the form.
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { AnswerCounts } from "@/lib/questions/answer-counts";
import { activeQuestions, canBeCondition, type Question } from "@/lib/questions/definitions";

export function AnswerSummary({ questions, counts }: { questions: Question[]; counts: AnswerCounts }) {
  const answerValue = useTranslations("questions.answerValue");
  const choice = activeQuestions(questions).filter((q) => canBeCondition(q.type));
  if (choice.length === 0) return null;
  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      {choice.map((q) => {
        const options =
          q.type === "yes_no"
            ? [
                { id: "yes", label: answerValue("yes") },
                { id: "no", label: answerValue("no") },
              ]
            : (q.options ?? []);
        return (
          <Card key={q.id} className="p-4">
            <h3 className="text-sm font-semibold break-words text-zinc-800">{q.label}</h3>
            <dl className="mt-2 space-y-1 text-sm">
              {options.map((o) => (
                <div key={o.id} className="flex justify-between gap-4">
                  <dt className="break-words text-zinc-700">{o.label}</dt>
                  <dd className="font-medium tabular-nums text-zinc-900">{(counts[q.id]?.[o.id] ?? 0).toLocaleString("en-GB")}</dd>
                </div>
              ))}
            </dl>
          </Card>
        );
      })}
    </div>
  );
}
