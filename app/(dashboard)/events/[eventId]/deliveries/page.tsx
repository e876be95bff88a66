// Deliveries: what this event's emails and background jobs could not do yet. Failed messages with
// the provider's reason and a Retry, messages still queued, and jobs that are retrying or were
// given up after their last retry (the dead-letter queue), with their errors.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TroubledJobsTable } from "@/components/deliveries/troubled-jobs-table";
import { UndeliveredMessagesTable } from "@/components/deliveries/undelivered-messages-table";
import { EventNav } from "@/components/events/event-nav";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { DELIVERIES_LIMIT, getEventMessageState, listUndeliveredMessages } from "@/lib/db/queries/deliveries";
import { listTroubledJobs } from "@/lib/queue-admin/troubled-jobs";
import { getEventForUser } from "@/lib/db/queries/events";
import { retryMessageAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Deliveries" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ retried?: string | string[] }> };

/** After a Retry: what became of that message by now. */
function retriedNotice(m: { toAddress: string; status: "queued" | "sent" | "failed"; error: string | null }) {
  if (m.status === "sent") return { tone: "success" as const, text: `The email to ${m.toAddress} has been sent.` };
  if (m.status === "queued") return { tone: "info" as const, text: `The email to ${m.toAddress} is queued again and goes out within moments.` };
  return { tone: "error" as const, text: `The email to ${m.toAddress} failed again: ${m.error ?? "no reason given"}` };
}

export default async function DeliveriesPage({ params, searchParams }: Props) {
  const user = await requireOrganizer();
  const event = await getEventForUser(db(), user, (await params).eventId);
  if (!event) notFound();
  const retried = (await searchParams).retried;
  const [undelivered, jobs, retriedMessage] = await Promise.all([
    listUndeliveredMessages(db(), event.id),
    listTroubledJobs(db(), event.id),
    typeof retried === "string" ? getEventMessageState(db(), event.id, retried) : null,
  ]);
  const notice = retriedMessage && retriedNotice(retriedMessage);
  const undeliveredTotal = undelivered.failed + undelivered.queued;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="text-sm">
          <Link href={`/events/${event.id}`} className="break-words text-brand-600 underline-offset-2 hover:underline">
            ← {event.title}
          </Link>
        </p>
        <EventNav eventId={event.id} />
        <h1 className="pt-2 text-2xl font-bold tracking-tight">Deliveries</h1>
        <p className="max-w-prose text-zinc-700">
          Emails of this event that have not gone out yet, and background work that failed. Temporary problems (a busy or
          unreachable email provider) are retried on their own; an email the provider refused is not, until you retry it.
        </p>
      </div>

      {notice && <Alert tone={notice.tone} className="break-words">{notice.text}</Alert>}

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
            Nothing is waiting or failed. An email the provider refuses (for example a mistyped address) appears here with
            the provider&apos;s reason; correct the cause, then retry it.
          </EmptyState>
        ) : (
          <>
            {undeliveredTotal > undelivered.rows.length && (
              <p className="text-sm text-zinc-600">
                Showing the first {undelivered.rows.length} of {undeliveredTotal}, failed first.
              </p>
            )}
            <UndeliveredMessagesTable eventId={event.id} rows={undelivered.rows} retryAction={retryMessageAction} />
          </>
        )}
      </section>

      <section aria-labelledby="jobs-heading" className="space-y-3">
        <h2 id="jobs-heading" className="text-lg font-semibold">
          Background jobs with errors
        </h2>
        {jobs.length === 0 ? (
          <EmptyState title="No failed jobs">
            Approvals, tickets and emails are prepared by background jobs. A job that fails is retried with growing pauses
            for about half an hour; if it still fails it is listed here with its error.
          </EmptyState>
        ) : (
          <>
            {jobs.length === DELIVERIES_LIMIT && <p className="text-sm text-zinc-600">Showing the latest {DELIVERIES_LIMIT}.</p>}
            <TroubledJobsTable jobs={jobs} />
          </>
        )}
      </section>
    </div>
  );
}
