// The event's registration questions: the builder and a live preview of the public form.
import type { Metadata } from "next";
import { QuestionBuilder } from "@/components/questions/question-builder";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { saveQuestionsAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Registration questions" };

type Props = { params: Promise<{ eventId: string }> };

export default async function QuestionsPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Registration questions</h1>
        <p className="max-w-prose text-zinc-700">
          What the public form asks besides name, email, organisation and phone. Changes reach the public page as soon as you save; someone
          halfway through the form keeps what they typed.
        </p>
      </div>
      <QuestionBuilder action={saveQuestionsAction.bind(null, event.id)} initial={event.questions} />
    </div>
  );
}
