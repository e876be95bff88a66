// The organizer's events, upcoming (soonest first) apart from past ones (latest first), searchable,
// with what matters at a glance.
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ApprovalBadge, RegistrationBadge } from "@/components/events/event-badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listEventsForUser } from "@/lib/db/queries/events";
import { isPastEvent } from "@/lib/events/registration-state";
import { formatEventDate } from "@/lib/events/time";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Events" };

// New strings (English until the message catalogue of issue 18 lands).
const text = {
  search: "Search",
  searchPlaceholder: "Title, venue or slug",
  clear: "Clear search",
  upcoming: "Upcoming and running",
  past: "Past events",
  noUpcoming: "No upcoming events.",
  noMatch: (q: string) => `No events match “${q}”.`,
};
const SEARCH_MAX = 200;

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function EventsPage({ searchParams }: Props) {
  const user = await requireOrganizer();
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
        <h1 className="text-2xl font-bold tracking-tight">Events</h1>
        {hasEvents && (
          <Button asChild>
            <Link href="/events/new">Create event</Link>
          </Button>
        )}
      </div>

      {!hasEvents ? (
        <EmptyState
          className="mt-6"
          title="No events yet"
          action={
            <Button asChild>
              <Link href="/events/new">Create event</Link>
            </Button>
          }
        >
          Create your first event: give it a title, a date and a venue. It gets a public page where people register, and you follow the
          registrations here.
        </EmptyState>
      ) : (
        <>
          <Form action="/events" role="search" aria-label="Search events" className="mt-6 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1.5 sm:max-w-md">
              <label htmlFor="events-q" className="block text-sm font-medium text-zinc-800">
                {text.search}
              </label>
              <Input id="events-q" name="q" type="search" defaultValue={q} maxLength={SEARCH_MAX} placeholder={text.searchPlaceholder} />
            </div>
            <Button type="submit" variant="secondary">
              {text.search}
            </Button>
            {q && (
              <Link href="/events" className="py-2 text-sm font-medium text-brand-600 hover:underline">
                {text.clear}
              </Link>
            )}
          </Form>
          {events.length === 0 && <p className="mt-6 text-zinc-700">{text.noMatch(q)}</p>}
          <EventList id="upcoming-heading" title={text.upcoming} events={upcoming} empty={q ? null : text.noUpcoming} />
          <EventList id="past-heading" title={text.past} events={past} empty={null} />
        </>
      )}
    </div>
  );
}

type ListedEvent = Awaited<ReturnType<typeof listEventsForUser>>[number];

function EventList({ id, title, events, empty }: { id: string; title: string; events: ListedEvent[]; empty: string | null }) {
  if (events.length === 0 && !empty) return null;
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
                    <p className="text-sm text-zinc-700">{formatEventDate(event.startsAt, event.endsAt, event.timeZone)}</p>
                    {event.venue && <p className="text-sm break-words text-zinc-600">{event.venue}</p>}
                    <div className="flex flex-wrap gap-2 pt-1">
                      <RegistrationBadge event={event} />
                      <ApprovalBadge mode={event.approvalMode} />
                    </div>
                  </div>
                  <div className="shrink-0 text-sm sm:text-right">
                    <p>
                      <span className="text-xl font-semibold tabular-nums">{event.participantCount}</span>{" "}
                      <span className="text-zinc-600">
                        {event.participantCount === 1 ? "participant" : "participants"}
                        {event.capacity !== null && ` of ${event.capacity}`}
                      </span>
                    </p>
                    <p className="mt-1 text-xs text-zinc-500">pending and approved, not declined</p>
                  </div>
                </div>
                <div className="mt-4 flex flex-wrap gap-x-4 gap-y-2 border-t border-zinc-100 pt-3 text-sm">
                  <Link href={`/events/${event.id}`} className="font-medium text-brand-600 hover:underline">
                    Overview<span className="sr-only"> of {event.title}</span>
                  </Link>
                  <Link href={`/events/${event.id}/edit`} className="font-medium text-brand-600 hover:underline">
                    Edit<span className="sr-only"> {event.title}</span>
                  </Link>
                  <a
                    href={`/e/${event.slug}`}
                    className="font-medium break-all text-brand-600 hover:underline"
                    target="_blank"
                    rel="noopener"
                  >
                    Public page /e/{event.slug}
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
