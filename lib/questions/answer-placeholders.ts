// {{answer.<key>}} in email templates and certificate texts: one placeholder per question of the
// event, removed questions included (a template saved while they were on the form keeps working,
// with their past answers).
import type { Question } from "./definitions";

export function eventAnswerKeys(event: { questions?: Question[] | null }): { key: string; question: Question }[] {
  return (event.questions ?? []).map((question) => ({ key: question.key, question }));
}

export const answerKeys = (event: { questions?: Question[] | null }): string[] => eventAnswerKeys(event).map((a) => a.key);
