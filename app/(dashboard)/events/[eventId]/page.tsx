// Event overview: details, the public link, a running (or just finished) RSVP send's live progress,
// participant counts (each a link to the participants table filtered by that status) and the latest
// registrations.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CancelEventForm } from "@/components/events/cancel-event-form";
import { cancelEventAction } from "./actions";
import { ApprovalBadge, ParticipantStatusBadge, RegistrationBadge } from "@/components/events/event-badges";
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
import { dateTime, eventDateText, numberText } from "@/lib/i18n/format";
import { userLocale } from "@/lib/i18n/user-locale";
import { operationProgress } from "@/lib/operations/progress";
import { Section } from "@/components/ui/section";
import { AnswerSummary } from "@/components/questions/answer-summary";
import { countChoiceAnswers } from "@/lib/questions/answer-counts";
import { activeQuestions, canBeCondition } from "@/lib/questions/definitions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("overview.metaTitle") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const SAVED = { created: "savedCreated", updated: "savedUpdated" } as const;

// The full list, with search and paging, is on the participants page.
const LATEST = 10;

export default async function EventOverviewPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const hasChoiceQuestions = activeQuestions(event.questions).some((q) => canBeCondition(q.type));
  const [t, status, locale] = await Promise.all([getTranslations("events.overview"), getTranslations("participants.status"), userLocale()]);
  const saved = (await searchParams).saved;
  const savedMessage = saved === "created" || saved === "updated" ? t(SAVED[saved]) : undefined;
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

  return (
    <div className="space-y-8">
      {savedMessage && (
        <div className="space-y-2">
          <Alert tone="success">{savedMessage}</Alert>
          {event.startsAt <= new Date() && <Alert tone="warning">{t("startsInPast")}</Alert>}
        </div>
      )}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-bold tracking-tight break-words">{event.title}</h1>
          <p className="text-zinc-700">{eventDateText(locale, event)}</p>
          {event.venue && <p className="break-words text-zinc-700">{event.venue}</p>}
          <div className="flex flex-wrap gap-2">
            <RegistrationBadge event={event} />
            <ApprovalBadge mode={event.approvalMode} />
            <span className="text-sm text-zinc-600">
              {event.capacity === null ? t("noCapacity") : t("capacity", { capacity: event.capacity })}
            </span>
          </div>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:items-end">
          <Button asChild variant="secondary">
            <Link href={`/events/${event.id}/edit`}>{t("edit")}</Link>
          </Button>
          {event.cancelledAt ? (
            <p className="text-sm font-medium text-red-700">{t("cancelled")}</p>
          ) : (
            <CancelEventForm action={cancelEventAction.bind(null, event.id)} />
          )}
        </div>
      </div>

      {unreachable > 0 && (
        <Alert tone="warning">
          <p>
            {t.rich("unreachable", { count: unreachable, strong: (chunks) => <span className="font-semibold">{chunks}</span> })}{" "}
            <Link href={`/events/${event.id}/participants?email=undeliverable`} className="font-medium underline">
              {t("unreachableLink", { count: unreachable })}
            </Link>
          </p>
        </Alert>
      )}

      {/* Only what is running now gets a panel; finished sends are one line, their history on Operations. */}
      {running.map((op) => (
        <Card key={op.id} className="space-y-3 p-4 sm:p-5">
          <OperationProgress initial={operationProgress(op, locale)} eventId={event.id} refreshOnDone={false} />
          <Link
            href={`/events/${event.id}/operations/${op.id}`}
            className="inline-block text-sm font-medium text-brand-600 hover:underline"
          >
            {t("sendDetails")}
          </Link>
        </Card>
      ))}
      {lastFinished && (
        <p className="text-sm text-zinc-700" data-testid="last-send">
          {t("lastSend", { sent: lastFinished.succeeded, failed: lastFinished.failed })}{" "}
          <Link href={`/events/${event.id}/operations/${lastFinished.id}`} className="font-medium text-brand-600 hover:underline">
            {t("details")}
          </Link>{" "}
          ·{" "}
          <Link href={`/events/${event.id}/operations`} className="font-medium text-brand-600 hover:underline">
            {t("history")}
          </Link>
        </p>
      )}

      <Card className="p-4 sm:p-5">
        <h2 className="text-sm font-semibold text-zinc-800">{t("publicPage")}</h2>
        <p className="mt-1 text-sm text-zinc-600">{t("publicPageHint")}</p>
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
            {t("participants")} <span className="font-normal text-zinc-500">({numberText(locale, total)})</span>
          </h2>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/events/${event.id}/participants`} className="font-medium text-brand-600 hover:underline">
              {t("allParticipants")}
            </Link>
            <Link href={`/events/${event.id}/participants/new`} className="font-medium text-brand-600 hover:underline">
              {t("addParticipant")}
            </Link>
          </div>
        </div>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {participantStatuses.map((s) => (
            <Card key={s} className="relative p-4 hover:border-brand-600/40">
              <dt className="text-sm text-zinc-600">
                {/* The whole card is the link: the stretched ::after covers it. */}
                <Link href={`/events/${event.id}/participants?status=${s}`} className="after:absolute after:inset-0 hover:underline">
                  {status(s)}
                </Link>
              </dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{numberText(locale, counts[s])}</dd>
            </Card>
          ))}
        </dl>
      </section>

      {event.description && (
        <Section id="description-heading" title={t("description")}>
          <div className="mt-2 max-w-prose whitespace-pre-line break-words text-zinc-800">
            <LinkedText text={event.description} />
          </div>
        </Section>
      )}

      {hasChoiceQuestions && (
        <Section id="answers-heading" title={t("answers")}>
          <AnswerSummary questions={event.questions} counts={answerCounts} />
        </Section>
      )}

      <Section id="latest-heading" title={t("latest")}>
        {latest.length === 0 ? (
          <EmptyState
            className="mt-3"
            title={t("noRegistrations")}
            action={
              <Button asChild variant="secondary">
                <Link href={`/events/${event.id}/participants/new`}>{t("addByHand")}</Link>
              </Button>
            }
          >
            {t.rich(event.registrationOpen ? "shareLink" : "shareLinkClosed", {
              url: publicUrl,
              link: (chunks) => <span className="font-mono break-all">{chunks}</span>,
            })}
          </EmptyState>
        ) : (
          <>
            {total > latest.length && (
              <p className="mt-1 text-sm text-zinc-600">
                {t("showingLatest", { shown: latest.length, total })}{" "}
                <Link href={`/events/${event.id}/participants`} className="font-medium text-brand-600 hover:underline">
                  {t("manageAll")}
                </Link>
              </p>
            )}
            <div className="mt-3">
              <Table caption={t("latestCaption", { title: event.title })} className="min-w-[44rem]">
                <THead>
                  <TR>
                    <TH>{t("columns.name")}</TH>
                    <TH>{t("columns.email")}</TH>
                    <TH>{t("columns.organisation")}</TH>
                    <TH>{t("columns.status")}</TH>
                    <TH>
                      {t("columns.registered")} <span className="font-normal normal-case">({event.timeZone})</span>
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
                        <time dateTime={p.createdAt.toISOString()}>{dateTime(locale, p.createdAt, event.timeZone)}</time>
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
