// The organizer's events, newest start first, with what matters at a glance.
import type { Metadata } from "next";
import Link from "next/link";
import { ApprovalBadge, RegistrationBadge } from "@/components/events/event-badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listEventsForUser } from "@/lib/db/queries/events";
import { formatEventDate } from "@/lib/events/time";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const user = await requireOrganizer();
  const events = await listEventsForUser(db(), user);

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Events</h1>
        {events.length > 0 && (
          <Button asChild>
            <Link href="/events/new">Create event</Link>
          </Button>
        )}
      </div>

      {events.length === 0 ? (
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
        <ul className="mt-6 space-y-3" aria-label="Your events">
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
                      <RegistrationBadge open={event.registrationOpen} />
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
    </div>
  );
}
