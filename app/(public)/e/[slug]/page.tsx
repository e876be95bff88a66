// Public event page with the registration form (phone first). Served from Next's cache: rendered on
// the first visit of a slug, then kept until the event changes (its tag, lib/events/public-event-page.ts)
// or the backstop revalidation passes. Seats are fetched live by LiveRegistration.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveRegistration } from "@/components/registration/live-registration";
import { RegistrationForm } from "@/components/registration/registration-form";
import { AddToCalendar } from "@/components/registration/add-to-calendar";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LinkedText } from "@/components/ui/linked-text";
import { formatEventDate } from "@/lib/events/time";
import { loadPublicEvent } from "@/lib/events/public-event-page";
import { registrationIsOpen } from "@/lib/participants/register-participant";
import { calendarLinks } from "@/lib/calendar/calendar-links";
import { eventPageUrl } from "@/lib/calendar/event-calendar";
import type { PublicEvent } from "@/lib/events/public-event-page";
import { registerAction } from "./actions";

function links(event: PublicEvent) {
  return calendarLinks({ ...event, eventUrl: eventPageUrl(event.slug) });
}

// Must be a literal for Next; PUBLIC_PAGE_REVALIDATE_SECONDS says the same.
export const revalidate = 300;

// No page is built ahead: each slug is rendered on its first visit and cached from then on.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (slug.length > 80) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  return loadPublicEvent(decoded);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await load((await params).slug);
  return { title: event ? event.title : "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const event = await load((await params).slug);
  if (!event) notFound();
  const open = registrationIsOpen(event);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-6 sm:py-12">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{event.title}</h1>
        <p className="text-zinc-700">{formatEventDate(event.startsAt, event.endsAt, event.timeZone)}</p>
        {event.venue && <p className="text-zinc-700">{event.venue}</p>}
      </header>
      {event.description && (
        <div className="mt-6 whitespace-pre-line break-words text-zinc-800">
          <LinkedText text={event.description} />
        </div>
      )}
      {event.cancelled ? (
        <Alert tone="warning" className="mt-8" data-testid="event-cancelled">
          This event has been cancelled. Registration is closed.
        </Alert>
      ) : (
        <Card className="mt-8 p-4 sm:p-6">
          <h2 className="mb-4 text-lg font-semibold">Register</h2>
          <LiveRegistration slug={event.slug} initial={{ open, full: false }}>
            <RegistrationForm
              action={registerAction.bind(null, event.slug)}
              eventTitle={event.title}
              questions={event.questions}
              afterRegistered={<AddToCalendar links={links(event)} />}
              challenge={{ mode: event.registrationChallenge, url: `/e/${encodeURIComponent(event.slug)}/challenge` }}
            />
          </LiveRegistration>
        </Card>
      )}
    </main>
  );
}
