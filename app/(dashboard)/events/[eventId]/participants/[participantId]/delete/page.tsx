// Confirm "Delete participant and all their data" (a person's request to be forgotten): what goes,
// and a confirmation box. Checks the session and the event itself, like every organizer page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getParticipant } from "@/lib/db/queries/participants";
import { deleteParticipantAction } from "./actions";
import { DeleteParticipantForm } from "./delete-participant-form";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.delete"))("metaTitle") };
}

type Props = { params: Promise<{ eventId: string; participantId: string }> };

export default async function DeleteParticipantPage({ params }: Props) {
  const { eventId, participantId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const participant = await getParticipant(db(), event.id, participantId);
  if (!participant) notFound();
  const name = `${participant.firstName} ${participant.lastName}`;
  const listHref = `/events/${event.id}/participants`;
  const t = await getTranslations("participants.delete");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href={`${listHref}/${participant.id}`}>{name}</BackLink>
      <h1 className="text-2xl font-bold tracking-tight break-words">{t("title", { name })}</h1>
      <Card className="space-y-3 p-5 text-sm text-zinc-800">
        <p>
          {t.rich("intro", {
            title: event.title,
            strong: (chunks) => <strong className="break-words">{chunks}</strong>,
          })}
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            {t.rich("registration", {
              email: participant.email,
              address: (chunks) => <span className="break-all">{chunks}</span>,
            })}
          </li>
          <li>{t("emails")}</li>
          <li>{t("history")}</li>
          <li>{t("imports")}</li>
        </ul>
        <p>{t("counts")}</p>
      </Card>
      <DeleteParticipantForm action={deleteParticipantAction.bind(null, event.id, participant.id)} name={name} listHref={listHref} />
    </div>
  );
}
