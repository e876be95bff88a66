// One bulk RSVP send: its progress live while it runs (no reload), then its results: who did not get
// the email and why, with "Retry failed" for those whose email failed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RetryFailedButton } from "@/components/operations/retry-failed-button";
import { OperationProgress } from "@/components/operations/operation-progress";
import { UnsentRecipientsTable } from "@/components/operations/unsent-recipients-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getRsvpOperation, listUnsentItems } from "@/lib/db/queries/operations";
import { describeRecipients } from "@/lib/rsvp/describe-recipients";
import { operationProgress } from "@/lib/operations/progress";
import { retryFailedRsvpAction } from "../actions";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "RSVP send" };

type Props = { params: Promise<{ eventId: string; operationId: string }> };

const SHOWN = 200;

export default async function RsvpOperationPage({ params }: Props) {
  const { eventId, operationId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const op = await getRsvpOperation(db(), event.id, operationId);
  if (!op) notFound();
  const finished = op.state !== "running";
  const unsent = finished ? await listUnsentItems(db(), op.id, SHOWN) : { rows: [], total: 0 };
  const canRetry = finished && op.failed > 0 && event.startsAt > new Date();

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackLink href={`/events/${event.id}/operations`}>Operations</BackLink>
        <h1 className="text-2xl font-bold tracking-tight">RSVP send</h1>
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
        <Section id="unsent-heading" title="Not sent" className="space-y-4">
          {unsent.total === 0 ? (
            <EmptyState title="Every email went out">Each recipient’s answer appears in the participants table as they reply.</EmptyState>
          ) : (
            <>
              <p className="text-sm text-zinc-700">
                {op.failed > 0 &&
                  `${op.failed.toLocaleString("en-GB")} failed: retrying sends the same email again (nobody gets it twice). `}
                {op.skipped > 0 && `${op.skipped.toLocaleString("en-GB")} skipped: deleted or no longer approved when their turn came.`}
                {unsent.total > unsent.rows.length &&
                  ` Showing the first ${unsent.rows.length} of ${unsent.total.toLocaleString("en-GB")}.`}
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
