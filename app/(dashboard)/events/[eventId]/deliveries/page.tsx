// Deliveries: what this event's emails and background jobs could not do yet. Failed messages with
// the provider's reason and a Retry, messages still queued, and jobs that are retrying or were
// given up after their last retry (the dead-letter queue), with their errors.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SendingPausedBanner } from "@/components/deliveries/sending-paused-banner";
import { TroubledJobsTable } from "@/components/deliveries/troubled-jobs-table";
import { UndeliveredMessagesTable } from "@/components/deliveries/undelivered-messages-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import type { MessageStatus } from "@/lib/db/schema";
import { DELIVERIES_LIMIT, getEventMessageState, listUndeliveredMessages } from "@/lib/db/queries/deliveries";
import { getSendingPauses } from "@/lib/email/sending-pause";
import { listTroubledJobs } from "@/lib/queue-admin/troubled-jobs";
import { confirmResendAction, retryMessageAction } from "./actions";
import { Section } from "@/components/ui/section";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("deliveries.title") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"activity.deliveries">>>;

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ retried?: string | string[] }> };

/** After a Retry: what became of that message by now. */
function retriedNotice(m: { toAddress: string; status: MessageStatus; error: string | null }, t: Translate) {
  const to = m.toAddress;
  if (m.status === "cancelled") return { tone: "info" as const, text: t("retried.cancelled") };
  if (m.status === "sent") return { tone: "success" as const, text: t("retried.sent", { to }) };
  if (m.status === "queued" || m.status === "sending") return { tone: "info" as const, text: t("retried.queued", { to }) };
  return { tone: "error" as const, text: t("retried.failed", { to, error: m.error ?? t("retried.noReason") }) };
}

export default async function DeliveriesPage({ params, searchParams }: Props) {
  const { user, event } = await requireOrganizerEvent((await params).eventId);
  const retried = (await searchParams).retried;
  const t = await getTranslations("activity.deliveries");
  const [undelivered, jobs, pauses, retriedMessage] = await Promise.all([
    listUndeliveredMessages(db(), event.id),
    listTroubledJobs(db(), event.id),
    // Owners see the pause on every page already (the dashboard layout, Jobs included).
    user.role === "owner" ? [] : getSendingPauses(db()),
    typeof retried === "string" ? getEventMessageState(db(), event.id, retried) : null,
  ]);
  const notice = retriedMessage && retriedNotice(retriedMessage, t);
  const undeliveredTotal = undelivered.failed + undelivered.queued;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-prose text-zinc-700">{t("intro")}</p>
      </div>

      <SendingPausedBanner pauses={pauses} />
      {notice && (
        <Alert tone={notice.tone} className="break-words">
          {notice.text}
        </Alert>
      )}

      <section aria-labelledby="messages-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="messages-heading" className="text-lg font-semibold">
            {t("messagesTitle")}
          </h2>
          {undelivered.failed > 0 && <Badge tone="danger">{t("failed", { count: undelivered.failed })}</Badge>}
          {undelivered.queued > 0 && <Badge tone="warning">{t("queued", { count: undelivered.queued })}</Badge>}
        </div>
        {undeliveredTotal === 0 ? (
          <EmptyState title={t("deliveredTitle")}>{t("deliveredBody")}</EmptyState>
        ) : (
          <>
            {undeliveredTotal > undelivered.rows.length && (
              <p className="text-sm text-zinc-600">{t("showingFirst", { shown: undelivered.rows.length, total: undeliveredTotal })}</p>
            )}
            <UndeliveredMessagesTable
              rows={undelivered.rows}
              timeZone={event.timeZone}
              retryAction={retryMessageAction.bind(null, event.id)}
              confirmResendAction={confirmResendAction.bind(null, event.id)}
            />
          </>
        )}
      </section>

      <Section id="jobs-heading" title={t("jobsTitle")} className="space-y-3">
        {jobs.length === 0 ? (
          <EmptyState title={t("noJobsTitle")}>{t("noJobsBody")}</EmptyState>
        ) : (
          <>
            {jobs.length === DELIVERIES_LIMIT && <p className="text-sm text-zinc-600">{t("showingLatest", { count: DELIVERIES_LIMIT })}</p>}
            <TroubledJobsTable jobs={jobs} timeZone={event.timeZone} />
          </>
        )}
      </Section>
    </div>
  );
}
