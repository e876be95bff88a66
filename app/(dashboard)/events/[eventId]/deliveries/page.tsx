// Deliveries: what this event's emails and background jobs could not do yet. Failed messages with
// the provider's reason and a Retry, messages still queued, and jobs that are retrying or were
// given up after their last retry (the dead-letter queue), with their errors.
import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Deliveries" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ retried?: string | string[] }> };

/** After a Retry: what became of that message by now. */
function retriedNotice(m: { toAddress: string; status: MessageStatus; error: string | null }) {
  if (m.status === "cancelled") return { tone: "info" as const, text: "This email was cancelled: its recipient was anonymised." };
  if (m.status === "sent") return { tone: "success" as const, text: `The email to ${m.toAddress} has been sent.` };
  if (m.status === "queued" || m.status === "sending")
    return { tone: "info" as const, text: `The email to ${m.toAddress} is queued again and goes out within moments.` };
  return { tone: "error" as const, text: `The email to ${m.toAddress} failed again: ${m.error ?? "no reason given"}` };
}

export default async function DeliveriesPage({ params, searchParams }: Props) {
  const { user, event } = await requireOrganizerEvent((await params).eventId);
  const retried = (await searchParams).retried;
  const [undelivered, jobs, pauses, retriedMessage] = await Promise.all([
    listUndeliveredMessages(db(), event.id),
    listTroubledJobs(db(), event.id),
    // Owners see the pause on every page already (the dashboard layout, Jobs included).
    user.role === "owner" ? [] : getSendingPauses(db()),
    typeof retried === "string" ? getEventMessageState(db(), event.id, retried) : null,
  ]);
  const notice = retriedMessage && retriedNotice(retriedMessage);
  const undeliveredTotal = undelivered.failed + undelivered.queued;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Deliveries</h1>
        <p className="max-w-prose text-zinc-700">
          Emails of this event that have not gone out yet, and background work that failed. Temporary problems (a busy or unreachable email
          provider) are retried on their own; an email the provider refused is not, until you retry it.
        </p>
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
            Emails not delivered
          </h2>
          {undelivered.failed > 0 && <Badge tone="danger">{undelivered.failed} failed</Badge>}
          {undelivered.queued > 0 && <Badge tone="warning">{undelivered.queued} queued</Badge>}
        </div>
        {undeliveredTotal === 0 ? (
          <EmptyState title="Every email has been delivered">
            Nothing is waiting or failed. An email the provider refuses (for example a mistyped address) appears here with the
            provider&apos;s reason; correct the cause, then retry it.
          </EmptyState>
        ) : (
          <>
            {undeliveredTotal > undelivered.rows.length && (
              <p className="text-sm text-zinc-600">
                Showing the first {undelivered.rows.length} of {undeliveredTotal}, failed first.
              </p>
            )}
            <UndeliveredMessagesTable
              rows={undelivered.rows}
              retryAction={retryMessageAction.bind(null, event.id)}
              confirmResendAction={confirmResendAction.bind(null, event.id)}
            />
          </>
        )}
      </section>

      <Section id="jobs-heading" title="Background jobs with errors" className="space-y-3">
        {jobs.length === 0 ? (
          <EmptyState title="No failed jobs">
            Approvals, tickets and emails are prepared by background jobs. A job that fails is retried with growing pauses for about half an
            hour; if it still fails it is listed here with its error.
          </EmptyState>
        ) : (
          <>
            {jobs.length === DELIVERIES_LIMIT && <p className="text-sm text-zinc-600">Showing the latest {DELIVERIES_LIMIT}.</p>}
            <TroubledJobsTable jobs={jobs} />
          </>
        )}
      </Section>
    </div>
  );
}
