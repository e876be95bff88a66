// The organizer's events, upcoming (soonest first) apart from past ones (latest first), searchable,
// with what matters at a glance.
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApprovalBadge, RegistrationBadge } from "@/components/events/event-badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listEventsForUser } from "@/lib/db/queries/events";
import { isPastEvent } from "@/lib/events/registration-state";
import { eventDateText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { userLocale } from "@/lib/i18n/user-locale";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("list.title") };
}

const SEARCH_MAX = 200;

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function EventsPage({ searchParams }: Props) {
  const user = await requireOrganizer();
  const [t, locale] = await Promise.all([getTranslations("events.list"), userLocale()]);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, SEARCH_MAX) ?? "";
  const [events, anyEvents] = await Promise.all([
    listEventsForUser(db(), user, q),
    q ? listEventsForUser(db(), user).then((all) => all.length > 0) : null,
  ]);
  const now = new Date();
  // Soonest first while it is ahead; the most recent first once it is over.
  const upcoming = events.filter((e) => !isPastEvent(e, now)).reverse();
  const past = events.filter((e) => isPastEvent(e, now));
  const hasEvents = anyEvents ?? events.length > 0;

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        {hasEvents && (
          <Button asChild>
            <Link href="/events/new">{t("create")}</Link>
          </Button>
        )}
      </div>

      {!hasEvents ? (
        <EmptyState
          className="mt-6"
          title={t("emptyTitle")}
          action={
            <Button asChild>
              <Link href="/events/new">{t("create")}</Link>
            </Button>
          }
        >
          {t("emptyBody")}
        </EmptyState>
      ) : (
        <>
          <Form action="/events" role="search" aria-label={t("searchLabel")} className="mt-6 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1.5 sm:max-w-md">
              <label htmlFor="events-q" className="block text-sm font-medium text-zinc-800">
                {t("search")}
              </label>
              <Input id="events-q" name="q" type="search" defaultValue={q} maxLength={SEARCH_MAX} placeholder={t("searchPlaceholder")} />
            </div>
            <Button type="submit" variant="secondary">
              {t("search")}
            </Button>
            {q && (
              <Link href="/events" className="py-2 text-sm font-medium text-brand-600 hover:underline">
                {t("clear")}
              </Link>
            )}
          </Form>
          {events.length === 0 && <p className="mt-6 text-zinc-700">{t("noMatch", { q })}</p>}
          <EventList id="upcoming-heading" title={t("upcoming")} events={upcoming} empty={q ? null : t("noUpcoming")} locale={locale} />
          <EventList id="past-heading" title={t("past")} events={past} empty={null} locale={locale} />
        </>
      )}
    </div>
  );
}

type ListedEvent = Awaited<ReturnType<typeof listEventsForUser>>[number];

type ListProps = { id: string; title: string; events: ListedEvent[]; empty: string | null; locale: Locale };

async function EventList({ id, title, events, empty, locale }: ListProps) {
  if (events.length === 0 && !empty) return null;
  const t = await getTranslations("events.list");
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="font-normal text-zinc-500">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-3" aria-labelledby={id}>
          {events.map((event) => (
            <li key={event.id}>
              <Card className="p-4 sm:p-5">
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 space-y-1">
                    <h2 className="text-lg font-semibold break-words">
                      <Link href={`/events/${event.id}`} className="hover:underline">
                        {event.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-zinc-700">{eventDateText(locale, event)}</p>
                    {event.venue && <p className="text-sm break-words text-zinc-600">{event.venue}</p>}
                    <div className="flex flex-wrap gap-2 pt-1">
                      <RegistrationBadge event={event} />
                      <ApprovalBadge mode={event.approvalMode} />
                    </div>
                  </div>
                  <div className="shrink-0 text-sm sm:text-right">
                    <p>
                      {t.rich(event.capacity === null ? "participants" : "participantsOf", {
                        count: event.participantCount,
                        capacity: event.capacity ?? 0,
                        figure: (chunks) => <span className="text-xl font-semibold tabular-nums">{chunks}</span>,
                        rest: (chunks) => <span className="text-zinc-600">{chunks}</span>,
                      })}
                    </p>
                    <p className="mt-1 text-xs text-zinc-500">{t("participantsHint")}</p>
                  </div>
                </div>
                <div className="mt-4 flex flex-wrap gap-x-4 gap-y-2 border-t border-zinc-100 pt-3 text-sm">
                  <Link href={`/events/${event.id}`} className="font-medium text-brand-600 hover:underline">
                    {t.rich("overviewOf", { title: event.title, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                  </Link>
                  <Link href={`/events/${event.id}/edit`} className="font-medium text-brand-600 hover:underline">
                    {t.rich("editOf", { title: event.title, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                  </Link>
                  <a
                    href={`/e/${event.slug}`}
                    className="font-medium break-all text-brand-600 hover:underline"
                    target="_blank"
                    rel="noopener"
                  >
                    {t("publicPage", { path: `/e/${event.slug}` })}
                  </a>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
