// Every organizer page of one event: the way back to the events, the event's title and its tabs.
// The access check here decides what is rendered around the page; each page checks again itself
// (requireOrganizerEvent is cached per request, so that costs no second query).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventNav } from "@/components/events/event-nav";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";

type Params = { params: Promise<{ eventId: string }> };

// Every tab's browser title names the event too ("Participants · Data Day · EventDesk").
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { event } = await requireOrganizerEvent((await params).eventId);
  return { title: { default: `${event.title} · EventDesk`, template: `%s · ${event.title} · EventDesk` } };
}

export default async function EventLayout({ children, params }: Params & { children: React.ReactNode }) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("events.tabs");
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="flex flex-wrap gap-x-2 text-sm">
          <Link href="/events" className="text-brand-600 underline-offset-2 hover:underline">
            {t("back")}
          </Link>
          <span aria-hidden="true" className="text-zinc-400">
            /
          </span>
          <Link href={`/events/${event.id}`} className="font-medium break-words text-zinc-900 underline-offset-2 hover:underline">
            {event.title}
          </Link>
        </p>
        <EventNav eventId={event.id} />
      </div>
      {children}
    </div>
  );
}
