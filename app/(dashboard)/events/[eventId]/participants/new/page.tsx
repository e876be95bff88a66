// Add a participant by hand (a phone call, a walk-in). Same rules as the public form; the event's
// capacity still applies, a closed registration does not.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddParticipantForm } from "@/components/participants/add-participant-form";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { addParticipantAction } from "../actions";
import { BackLink } from "@/components/ui/back-link";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.add"))("metaTitle") };
}

type Props = { params: Promise<{ eventId: string }> };

export default async function NewParticipantPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const listHref = `/events/${event.id}/participants`;
  const t = await getTranslations("participants.add");
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <BackLink href={listHref}>{t("back")}</BackLink>
      </div>
      <div className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600">
          {t("intro", {
            automatic: event.approvalMode === "automatic" ? "yes" : "no",
            limited: event.capacity !== null ? "yes" : "no",
            capacity: event.capacity ?? 0,
          })}
        </p>
        <Card className="mt-6 p-4 sm:p-6">
          <AddParticipantForm action={addParticipantAction.bind(null, event.id)} cancelHref={listHref} />
        </Card>
      </div>
    </div>
  );
}
