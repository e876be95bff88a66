// One place for "where did my emails go?": what runs now (live progress bars), past operations
// (paged, each linking to its page), delivery problems (failed or stuck emails with their Retry,
// bounces and spam reports, addresses marked undeliverable) and this event's recent emails (keyset
// paged on the server, each linking to its outbox page). The Operations and Deliveries pages stay
// for what they add (starting an RSVP send, the background jobs behind the emails) and are linked.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { userLocale } from "@/lib/i18n/user-locale";
import { RecentEmailsTable } from "@/components/deliveries/recent-emails-table";
import { ReportedMessagesTable } from "@/components/deliveries/reported-messages-table";
import { SendingPausedBanner } from "@/components/deliveries/sending-paused-banner";
import { UndeliveredMessagesTable } from "@/components/deliveries/undelivered-messages-table";
import { EventOperationsTable } from "@/components/operations/event-operations-table";
import { OperationProgress } from "@/components/operations/operation-progress";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listReportedMessages, listUndeliveredMessages } from "@/lib/db/queries/deliveries";
import { listMessagesForUser } from "@/lib/db/queries/messages";
import { listFinishedOperationsPage, listRunningOperations } from "@/lib/db/queries/operations";
import { countUndeliverableParticipants } from "@/lib/db/queries/participants";
import { getSendingPauses } from "@/lib/email/sending-pause";
import { operationProgress } from "@/lib/operations/progress";
import { confirmResendAction, retryMessageAction } from "../deliveries/actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

const PROBLEMS_SHOWN = 20;
const EMAILS_PAGE = 20;
const OPERATIONS_PAGE = 10;

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Search> };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 200 ? v : undefined);

/** The page's address with these query values (the others kept), for each section's own paging. */
function pageHref(eventId: string, current: Search, change: Record<string, string | undefined>, anchor: string) {
  const qs = new URLSearchParams();
  for (const key of ["ops", "before", "after"]) {
    const value = key in change ? change[key] : one(current[key]);
    if (value) qs.set(key, value);
  }
  const s = qs.toString();
  return `/events/${eventId}/activity${s ? `?${s}` : ""}#${anchor}`;
}

export default async function ActivityPage({ params, searchParams }: Props) {
  const { user, event } = await requireOrganizerEvent((await params).eventId);
  const search = await searchParams;
  const t = await getTranslations("activity");
  const opsPage = Math.min(Math.max(1, Number.parseInt(one(search.ops) ?? "1", 10) || 1), 10_000);
  const before = one(search.before);
  const after = before ? undefined : one(search.after);
  const [running, past, undelivered, reported, undeliverable, emails, pauses] = await Promise.all([
    listRunningOperations(db(), event.id),
    listFinishedOperationsPage(db(), event.id, opsPage, OPERATIONS_PAGE),
    listUndeliveredMessages(db(), event.id, PROBLEMS_SHOWN),
    listReportedMessages(db(), event.id, PROBLEMS_SHOWN),
    countUndeliverableParticipants(db(), event.id),
    // Invalid cursors are ignored by the query: the first page then.
    listMessagesForUser(db(), user, { filter: { event: event.id }, before, after, pageSize: EMAILS_PAGE }),
    // Owners see the pause on every page already (the dashboard layout).
    user.role === "owner" ? [] : getSendingPauses(db()),
  ]);
  const base = `/events/${event.id}`;
  const undeliveredTotal = undelivered.failed + undelivered.queued;
  const problems = undeliveredTotal + reported.total + undeliverable;
  const now = new Date();
  const locale = await userLocale();

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-prose text-zinc-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`${base}/operations`} className="font-medium text-brand-600 hover:underline">
            {t("links.operations")}
          </Link>
          <Link href={`${base}/deliveries`} className="font-medium text-brand-600 hover:underline">
            {t("links.deliveries")}
          </Link>
          <Link href={`/outbox?event=${event.id}`} className="font-medium text-brand-600 hover:underline">
            {t("links.outbox")}
          </Link>
        </p>
      </div>

      <SendingPausedBanner pauses={pauses} />

      <Section id="running-heading" title={t("running.title")} className="space-y-4">
        {running.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("running.none")}</p>
        ) : (
          running.map((op) => (
            <div key={op.id} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
              <OperationProgress initial={operationProgress(op, locale, now)} eventId={event.id} headingLevel={3} />
            </div>
          ))
        )}
      </Section>

      <Section id="past-heading" title={t("past.title")} className="space-y-3">
        {past.total === 0 ? (
          <EmptyState title={t("past.emptyTitle")}>{t("past.emptyBody")}</EmptyState>
        ) : (
          <>
            <EventOperationsTable eventId={event.id} operations={past.rows} />
            <Pagination
              page={opsPage}
              pageCount={past.pageCount}
              label={t("past.pages")}
              href={(p) => pageHref(event.id, search, { ops: p > 1 ? String(p) : undefined }, "past-heading")}
            />
          </>
        )}
      </Section>

      <Section id="problems-heading" title={t("problems.title")} className="space-y-4">
        {problems === 0 ? (
          <EmptyState title={t("problems.emptyTitle")}>{t("problems.emptyBody")}</EmptyState>
        ) : (
          <>
            {undeliverable > 0 && (
              <p className="text-sm text-zinc-800">
                {t("problems.undeliverable", { count: undeliverable })}{" "}
                <Link href={`${base}/participants?email=undeliverable`} className="font-medium text-brand-600 hover:underline">
                  {t("problems.undeliverableLink")}
                </Link>
              </p>
            )}
            {undeliveredTotal > 0 && (
              <div className="space-y-2">
                <h3 className="font-semibold">{t("problems.undelivered", { failed: undelivered.failed, queued: undelivered.queued })}</h3>
                <UndeliveredMessagesTable
                  rows={undelivered.rows}
                  timeZone={event.timeZone}
                  retryAction={retryMessageAction.bind(null, event.id)}
                  confirmResendAction={confirmResendAction.bind(null, event.id)}
                />
                {undeliveredTotal > undelivered.rows.length && (
                  <p className="text-sm text-zinc-600">
                    {t("problems.more", { shown: undelivered.rows.length, total: undeliveredTotal })}{" "}
                    <Link href={`${base}/deliveries`} className="font-medium text-brand-600 hover:underline">
                      {t("links.deliveries")}
                    </Link>
                  </p>
                )}
              </div>
            )}
            {reported.total > 0 && (
              <div className="space-y-2">
                <h3 className="font-semibold">{t("problems.reported", { count: reported.total })}</h3>
                <p className="max-w-prose text-sm text-zinc-600">{t("problems.reportedHint")}</p>
                <ReportedMessagesTable eventId={event.id} rows={reported.rows} />
                {reported.total > reported.rows.length && (
                  <p className="text-sm text-zinc-600">
                    {t("problems.more", { shown: reported.rows.length, total: reported.total })}{" "}
                    <Link href={`/outbox?event=${event.id}&delivery=bounced`} className="font-medium text-brand-600 hover:underline">
                      {t("links.outbox")}
                    </Link>
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </Section>

      <Section id="emails-heading" title={t("emails.title")} className="space-y-3">
        {emails.rows.length === 0 ? (
          <EmptyState title={t("emails.emptyTitle")}>{t("emails.emptyBody")}</EmptyState>
        ) : (
          <>
            <p className="text-sm text-zinc-600">
              {emails.totalCapped ? t("emails.countCapped", { count: emails.total }) : t("emails.count", { count: emails.total })}
            </p>
            <RecentEmailsTable rows={emails.rows} />
            <nav aria-label={t("emails.pages")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
              <div className="flex gap-3">
                {(before || after) && (
                  <Link
                    href={pageHref(event.id, search, { before: undefined, after: undefined }, "emails-heading")}
                    className="font-medium text-brand-600 hover:underline"
                  >
                    {t("emails.newest")}
                  </Link>
                )}
                {emails.newer && (
                  <Link
                    href={pageHref(event.id, search, { before: undefined, after: emails.newer }, "emails-heading")}
                    className="font-medium text-brand-600 hover:underline"
                    rel="prev"
                  >
                    {t("emails.newer")}
                  </Link>
                )}
              </div>
              {emails.older && (
                <Link
                  href={pageHref(event.id, search, { before: emails.older, after: undefined }, "emails-heading")}
                  className="font-medium text-brand-600 hover:underline"
                  rel="next"
                >
                  {t("emails.older")}
                </Link>
              )}
            </nav>
          </>
        )}
      </Section>
    </div>
  );
}
