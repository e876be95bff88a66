// Event overview: details, the public link, a running (or just finished) RSVP send's live progress,
// participant counts (each a link to the participants table filtered by that status) and the latest
// registrations.
import { formatDateTime } from "@/lib/ui/format-time";
import type { Metadata } from "next";
import Link from "next/link";
import { CancelEventForm } from "@/components/events/cancel-event-form";
import { cancelEventAction } from "./actions";
import { ApprovalBadge, ParticipantStatusBadge, RegistrationBadge, participantStatusLabels } from "@/components/events/event-badges";
import { OperationProgress } from "@/components/operations/operation-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LinkedText } from "@/components/ui/linked-text";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listRecentRsvpOperations } from "@/lib/db/queries/operations";
import { countParticipantsByStatus, countUndeliverableParticipants, listLatestParticipants } from "@/lib/db/queries/participants";
import { participantStatuses } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { formatEventDate } from "@/lib/events/time";
import { operationProgress } from "@/lib/operations/progress";
import { Section } from "@/components/ui/section";
import { AnswerSummary } from "@/components/questions/answer-summary";
import { countChoiceAnswers } from "@/lib/questions/answer-counts";
import { activeQuestions, canBeCondition } from "@/lib/questions/definitions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Event overview" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ saved?: string | string[] }> };

// New strings (English until the message catalogue of issue 18 lands).
const savedMessages: Record<string, string> = { created: "Event created.", updated: "Changes saved." };
const text = {
  lastSend: (sent: number, failed: number) =>
    `Last RSVP send finished: ${sent.toLocaleString("en-GB")} sent${failed ? `, ${failed.toLocaleString("en-GB")} failed` : ""}.`,
  details: "Details",
  history: "All operations",
};
const startsInPast = "This event starts in the past. If that is a mistake, edit the start and end.";

// The full list, with search and paging, is on the participants page.
const LATEST = 10;

export default async function EventOverviewPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const hasChoiceQuestions = activeQuestions(event.questions).some((q) => canBeCondition(q.type));
  const saved = (await searchParams).saved;
  const savedMessage = typeof saved === "string" ? savedMessages[saved] : undefined;
  const [counts, latest, sends, answerCounts, unreachable] = await Promise.all([
    countParticipantsByStatus(db(), event.id),
    listLatestParticipants(db(), event.id, LATEST),
    listRecentRsvpOperations(db(), event.id),
    hasChoiceQuestions ? countChoiceAnswers(db(), event.id) : {},
    countUndeliverableParticipants(db(), event.id),
  ]);
  const running = sends.filter((op) => op.state === "running");
  const lastFinished = running.length === 0 ? sends.find((op) => op.state !== "running") : undefined;
  const total = participantStatuses.reduce((n, s) => n + counts[s], 0);
  const publicUrl = new URL(`/e/${event.slug}`, env().APP_URL).toString();
  const registeredAt = { format: (d: Date) => formatDateTime(d, env().DASHBOARD_TIME_ZONE) };

  return (
    <div className="space-y-8">
      {savedMessage && (
        <div className="space-y-2">
          <Alert tone="success">{savedMessage}</Alert>
          {event.startsAt <= new Date() && <Alert tone="warning">{startsInPast}</Alert>}
        </div>
      )}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-bold tracking-tight break-words">{event.title}</h1>
          <p className="text-zinc-700">{formatEventDate(event.startsAt, event.endsAt, event.timeZone)}</p>
          {event.venue && <p className="break-words text-zinc-700">{event.venue}</p>}
          <div className="flex flex-wrap gap-2">
            <RegistrationBadge event={event} />
            <ApprovalBadge mode={event.approvalMode} />
            <span className="text-sm text-zinc-600">{event.capacity === null ? "No capacity limit" : `Capacity ${event.capacity}`}</span>
          </div>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:items-end">
          <Button asChild variant="secondary">
            <Link href={`/events/${event.id}/edit`}>Edit event</Link>
          </Button>
          {event.cancelledAt ? (
            <p className="text-sm font-medium text-red-700">This event is cancelled.</p>
          ) : (
            <CancelEventForm action={cancelEventAction.bind(null, event.id)} />
          )}
        </div>
      </div>

      {unreachable > 0 && (
        <Alert tone="warning">
          <p>
            <span className="font-semibold">
              {unreachable === 1 ? "1 address is unreachable" : `${unreachable} addresses are unreachable`}
            </span>
            : a hard bounce or a spam complaint. Emails to {unreachable === 1 ? "it are" : "them are"} not sent until you correct or clear{" "}
            {unreachable === 1 ? "it" : "them"}.{" "}
            <Link href={`/events/${event.id}/participants?email=undeliverable`} className="font-medium underline">
              Show {unreachable === 1 ? "this participant" : "these participants"}
            </Link>
          </p>
        </Alert>
      )}

      {/* Only what is running now gets a panel; finished sends are one line, their history on Operations. */}
      {running.map((op) => (
        <Card key={op.id} className="space-y-3 p-4 sm:p-5">
          <OperationProgress initial={operationProgress(op)} eventId={event.id} refreshOnDone={false} />
          <Link
            href={`/events/${event.id}/operations/${op.id}`}
            className="inline-block text-sm font-medium text-brand-600 hover:underline"
          >
            Details of this send →
          </Link>
        </Card>
      ))}
      {lastFinished && (
        <p className="text-sm text-zinc-700" data-testid="last-send">
          {text.lastSend(lastFinished.succeeded, lastFinished.failed)}{" "}
          <Link href={`/events/${event.id}/operations/${lastFinished.id}`} className="font-medium text-brand-600 hover:underline">
            {text.details}
          </Link>{" "}
          ·{" "}
          <Link href={`/events/${event.id}/operations`} className="font-medium text-brand-600 hover:underline">
            {text.history}
          </Link>
        </p>
      )}

      <Card className="p-4 sm:p-5">
        <h2 className="text-sm font-semibold text-zinc-800">Public page</h2>
        <p className="mt-1 text-sm text-zinc-600">Share this link: people register there.</p>
        <a
          href={`/e/${event.slug}`}
          target="_blank"
          rel="noopener"
          className="mt-2 block font-mono text-sm break-all text-brand-600 hover:underline"
        >
          {publicUrl}
        </a>
      </Card>

      <section aria-labelledby="counts-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="counts-heading" className="text-lg font-semibold">
            Participants <span className="font-normal text-zinc-500">({total})</span>
          </h2>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/events/${event.id}/participants`} className="font-medium text-brand-600 hover:underline">
              All participants →
            </Link>
            <Link href={`/events/${event.id}/participants/new`} className="font-medium text-brand-600 hover:underline">
              Add participant
            </Link>
          </div>
        </div>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {participantStatuses.map((s) => (
            <Card key={s} className="relative p-4 hover:border-brand-600/40">
              <dt className="text-sm text-zinc-600">
                {/* The whole card is the link: the stretched ::after covers it. */}
                <Link href={`/events/${event.id}/participants?status=${s}`} className="after:absolute after:inset-0 hover:underline">
                  {participantStatusLabels[s]}
                </Link>
              </dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{counts[s]}</dd>
            </Card>
          ))}
        </dl>
      </section>

      {event.description && (
        <Section id="description-heading" title="Description">
          <div className="mt-2 max-w-prose whitespace-pre-line break-words text-zinc-800">
            <LinkedText text={event.description} />
          </div>
        </Section>
      )}

      {hasChoiceQuestions && (
        <Section id="answers-heading" title="Answers (pending and approved)">
          <AnswerSummary questions={event.questions} counts={answerCounts} />
        </Section>
      )}

      <Section id="latest-heading" title="Latest registrations">
        {latest.length === 0 ? (
          <EmptyState
            className="mt-3"
            title="No registrations yet"
            action={
              <Button asChild variant="secondary">
                <Link href={`/events/${event.id}/participants/new`}>Add participant by hand</Link>
              </Button>
            }
          >
            Share the public link <span className="font-mono break-all">{publicUrl}</span> with the people you want to invite
            {event.registrationOpen ? "." : ", and open registration first."}
          </EmptyState>
        ) : (
          <>
            {total > latest.length && (
              <p className="mt-1 text-sm text-zinc-600">
                Showing the latest {latest.length} of {total}.{" "}
                <Link href={`/events/${event.id}/participants`} className="font-medium text-brand-600 hover:underline">
                  Search, filter and manage all participants
                </Link>
              </p>
            )}
            <div className="mt-3">
              <Table caption={`Latest registrations for ${event.title}`} className="min-w-[44rem]">
                <THead>
                  <TR>
                    <TH>Name</TH>
                    <TH>Email</TH>
                    <TH>Organisation</TH>
                    <TH>Status</TH>
                    <TH>
                      Registered <span className="font-normal normal-case">({env().DASHBOARD_TIME_ZONE})</span>
                    </TH>
                  </TR>
                </THead>
                <TBody>
                  {latest.map((p) => (
                    <TR key={p.id}>
                      <TD className="font-medium break-words">
                        <Link href={`/events/${event.id}/participants/${p.id}`} className="text-brand-600 hover:underline">
                          {p.firstName} {p.lastName}
                        </Link>
                      </TD>
                      <TD className="whitespace-nowrap">{p.email}</TD>
                      <TD className="break-words">{p.organisation ?? <span className="text-zinc-400">—</span>}</TD>
                      <TD>
                        <ParticipantStatusBadge status={p.status} />
                      </TD>
                      <TD className="whitespace-nowrap">
                        <time dateTime={p.createdAt.toISOString()}>{registeredAt.format(p.createdAt)}</time>
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            </div>
          </>
        )}
      </Section>
    </div>
  );
}
