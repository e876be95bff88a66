// One bulk RSVP send: its progress live while it runs (no reload), then its results: who did not get
// the email and why, with "Retry failed" for those whose email failed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventNav } from "@/components/events/event-nav";
import { RetryFailedButton } from "@/components/operations/retry-failed-button";
import { OperationProgress } from "@/components/operations/operation-progress";
import { UnsentRecipientsTable } from "@/components/operations/unsent-recipients-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { getRsvpOperation, listUnsentItems } from "@/lib/db/queries/operations";
import { describeRecipients } from "@/lib/rsvp/describe-recipients";
import { operationProgress } from "@/lib/operations/progress";
import { retryFailedRsvpAction } from "../actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "RSVP send" };

type Props = { params: Promise<{ eventId: string; operationId: string }> };

const SHOWN = 200;

export default async function RsvpOperationPage({ params }: Props) {
  const user = await requireOrganizer();
  const { eventId, operationId } = await params;
  const event = await getEventForUser(db(), user, eventId);
  if (!event) notFound();
  const op = await getRsvpOperation(db(), event.id, operationId);
  if (!op) notFound();
  const finished = op.state !== "running";
  const unsent = finished ? await listUnsentItems(db(), op.id, SHOWN) : { rows: [], total: 0 };
  const canRetry = finished && op.failed > 0 && event.startsAt > new Date();

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="text-sm">
          <Link href={`/events/${event.id}/operations`} className="break-words text-brand-600 underline-offset-2 hover:underline">
            ← Operations of {event.title}
          </Link>
        </p>
        <EventNav eventId={event.id} />
        <h1 className="pt-2 text-2xl font-bold tracking-tight">RSVP send</h1>
        <p className="text-sm text-zinc-700">
          {describeRecipients(op.params)} · started <LocalTime value={op.createdAt} />
          {op.createdByName && <> by {op.createdByName}</>}
          {op.finishedAt && (
            <>
              {" "}
              · finished <LocalTime value={op.finishedAt} />
            </>
          )}
        </p>
      </div>

      <OperationProgress initial={operationProgress(op)} eventId={event.id} />

      {finished && (
        <section aria-labelledby="unsent-heading" className="space-y-4">
          <h2 id="unsent-heading" className="text-lg font-semibold">
            Not sent
          </h2>
          {unsent.total === 0 ? (
            <EmptyState title="Every email went out">Each recipient’s answer appears in the participants table as they reply.</EmptyState>
          ) : (
            <>
              <p className="text-sm text-zinc-700">
                {op.failed > 0 && `${op.failed.toLocaleString("en-GB")} failed: retrying sends the same email again (nobody gets it twice). `}
                {op.skipped > 0 && `${op.skipped.toLocaleString("en-GB")} skipped: deleted or no longer approved when their turn came.`}
                {unsent.total > unsent.rows.length && ` Showing the first ${unsent.rows.length} of ${unsent.total.toLocaleString("en-GB")}.`}
              </p>
              {canRetry && <RetryFailedButton operationId={op.id} failed={op.failed} action={retryFailedRsvpAction.bind(null, event.id)} />}
              <UnsentRecipientsTable eventId={event.id} rows={unsent.rows} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
