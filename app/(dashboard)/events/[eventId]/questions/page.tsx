// The event's registration questions: the builder and a live preview of the public form.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionBuilder } from "@/components/questions/question-builder";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { saveQuestionsAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("questions.page"))("metaTitle") };
}

type Props = { params: Promise<{ eventId: string }> };

export default async function QuestionsPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("questions.page");
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-prose text-zinc-700">{t("intro")}</p>
      </div>
      <QuestionBuilder action={saveQuestionsAction.bind(null, event.id)} initial={event.questions} />
    </div>
  );
}
