// Confirm "Delete participant and all their data" (a person's request to be forgotten): what goes,
// and a confirmation box. Checks the session and the event itself, like every organizer page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getParticipant } from "@/lib/db/queries/participants";
import { deleteParticipantAction } from "./actions";
import { DeleteParticipantForm } from "./delete-participant-form";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Delete participant" };

type Props = { params: Promise<{ eventId: string; participantId: string }> };

export default async function DeleteParticipantPage({ params }: Props) {
  const { eventId, participantId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const participant = await getParticipant(db(), event.id, participantId);
  if (!participant) notFound();
  const name = `${participant.firstName} ${participant.lastName}`;
  const listHref = `/events/${event.id}/participants`;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href={`${listHref}/${participant.id}`}>{name}</BackLink>
      <h1 className="text-2xl font-bold tracking-tight break-words">Delete {name} and all their data?</h1>
      <Card className="space-y-3 p-5 text-sm text-zinc-800">
        <p>
          This is for a person who asks to be forgotten. It deletes, from <strong className="break-words">{event.title}</strong>:
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            their registration: name, <span className="break-all">{participant.email}</span>, organisation and phone;
          </li>
          <li>every email sent to them, with its attachments, and their ticket;</li>
          <li>their status history and check-in;</li>
          <li>their rows in imports and bulk emails, and any uploaded import file that contains their address.</li>
        </ul>
        <p>The event’s counts go down by one. Nothing can be restored afterwards.</p>
      </Card>
      <DeleteParticipantForm action={deleteParticipantAction.bind(null, event.id, participant.id)} name={name} listHref={listHref} />
    </div>
  );
}
