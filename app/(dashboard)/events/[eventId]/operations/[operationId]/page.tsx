// One bulk RSVP send: its progress live while it runs (no reload), then its results: who did not get
// the email and why, with "Retry failed" for those whose email failed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventTime } from "@/components/events/event-time";
import { RetryFailedButton } from "@/components/operations/retry-failed-button";
import { OperationProgress } from "@/components/operations/operation-progress";
import { UnsentRecipientsTable } from "@/components/operations/unsent-recipients-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getRsvpOperation, listUnsentItems } from "@/lib/db/queries/operations";
import { numberText } from "@/lib/i18n/format";
import { userLocale } from "@/lib/i18n/user-locale";
import { describeRecipients } from "@/lib/rsvp/describe-recipients";
import { operationProgress } from "@/lib/operations/progress";
import { retryFailedRsvpAction } from "../actions";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("rsvpSend.title") };
}

type Props = { params: Promise<{ eventId: string; operationId: string }> };

const SHOWN = 200;

export default async function RsvpOperationPage({ params }: Props) {
  const { eventId, operationId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const [t, locale] = await Promise.all([getTranslations("activity.rsvpSend"), userLocale()]);
  const op = await getRsvpOperation(db(), event.id, operationId);
  if (!op) notFound();
  const finished = op.state !== "running";
  const unsent = finished ? await listUnsentItems(db(), op.id, SHOWN) : { rows: [], total: 0 };
  const canRetry = finished && op.failed > 0 && event.startsAt > new Date();

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackLink href={`/events/${event.id}/operations`}>{t("back")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-zinc-700">
          {describeRecipients(op.params, locale)} ·{" "}
          {t.rich(op.createdByName ? "startedBy" : "started", {
            name: op.createdByName ?? "",
            time: () => <EventTime value={op.createdAt} timeZone={event.timeZone} />,
          })}
          {op.finishedAt && (
            <> · {t.rich("finished", { time: () => <EventTime value={op.finishedAt as Date} timeZone={event.timeZone} /> })}</>
          )}
        </p>
      </div>

      <OperationProgress initial={operationProgress(op, locale)} eventId={event.id} />

      {finished && (
        <Section id="unsent-heading" title={t("unsentTitle")} className="space-y-4">
          {unsent.total === 0 ? (
            <EmptyState title={t("allSentTitle")}>{t("allSentBody")}</EmptyState>
          ) : (
            <>
              <p className="text-sm text-zinc-700">
                {[
                  op.failed > 0 && t("failed", { count: op.failed }),
                  op.skipped > 0 && t("skipped", { count: op.skipped }),
                  unsent.total > unsent.rows.length &&
                    t("showingFirst", { shown: unsent.rows.length, total: numberText(locale, unsent.total) }),
                ]
                  .filter(Boolean)
                  .join(" ")}
              </p>
              {canRetry && <RetryFailedButton operationId={op.id} failed={op.failed} action={retryFailedRsvpAction.bind(null, event.id)} />}
              <UnsentRecipientsTable eventId={event.id} rows={unsent.rows} />
            </>
          )}
        </Section>
      )}
    </div>
  );
}
