// An event's bulk operations: start an RSVP send to everyone approved who has not answered, and every
// past operation (RSVP sends, imports) with its results, newest first.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventOperationsTable } from "@/components/operations/event-operations-table";
import { AskNotAnswered } from "@/components/rsvp/ask-not-answered";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { countAwaitingRsvp, listEventOperations } from "@/lib/db/queries/operations";
import { startRsvpSendAction } from "./actions";
import { Section } from "@/components/ui/section";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("operationsPage.title") };
}

type Props = { params: Promise<{ eventId: string }> };

export default async function OperationsPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("activity.operationsPage");
  const [operations, awaiting] = await Promise.all([listEventOperations(db(), event.id), countAwaitingRsvp(db(), event.id)]);
  const started = event.startsAt <= new Date();
  const participantsHref = `/events/${event.id}/participants?status=approved&rsvp=none`;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      </div>

      <Card className="space-y-3 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">{t("askTitle")}</h2>
        {started ? (
          <p className="text-sm text-zinc-700">{t("started")}</p>
        ) : (
          <>
            <p className="text-sm text-zinc-700">
              {t("awaiting", { count: awaiting })}{" "}
              {t.rich("askHint", {
                link: (chunks) => (
                  <Link href={participantsHref} className="font-medium text-brand-600 hover:underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <AskNotAnswered count={awaiting} action={startRsvpSendAction.bind(null, event.id)} />
          </>
        )}
      </Card>

      <Section id="past-heading" title={t("listTitle")} className="space-y-3">
        {operations.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          <EventOperationsTable eventId={event.id} operations={operations} />
        )}
      </Section>
    </div>
  );
}
