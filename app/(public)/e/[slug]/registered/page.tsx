// Where a registration posted without JavaScript lands (303 from the action): a small page, rendered
// once per event from the cached public event data and then served from the cache. A refresh shows it again
// and posts nothing. The address is not in the URL: it would end up in logs and browser history.
import type { Metadata } from "next";
import Link from "next/link";
import { AddToCalendar } from "@/components/registration/add-to-calendar";
import { Alert } from "@/components/ui/alert";
import { calendarLinks } from "@/lib/calendar/calendar-links";
import { eventPageUrl } from "@/lib/calendar/event-calendar";
import { loadPublicEvent } from "@/lib/events/public-event-page";

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}

export const metadata: Metadata = { title: "Registered" };

// No paths at build time; each one is rendered on its first visit and cached.
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ waitlist?: string }> };

export default async function RegisteredPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // The event's public details, from the same cache as its page (no query of its own once cached).
  const event = slug.length <= 80 ? await loadPublicEvent(safeDecode(slug)).catch(() => null) : null;
  const waitlisted = (await searchParams).waitlist === "1";
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-6 sm:py-12">
      <Alert tone="success" className="text-base">
        <p className="font-semibold">{waitlisted ? "The event is full — you are on the waitlist." : "Thank you — you are registered."}</p>
        <p className="mt-1">
          {waitlisted
            ? "We sent your place on the waitlist to your email address, and will email you a link to claim a seat when one frees up."
            : "We sent a confirmation to your email address."}{" "}
          If it does not arrive in a few minutes, check your spam folder.
        </p>
        {event && !event.cancelled && !waitlisted && (
          <AddToCalendar links={calendarLinks({ ...event, eventUrl: eventPageUrl(event.slug) })} />
        )}
      </Alert>
      <p className="mt-6">
        <Link href={`/e/${encodeURIComponent(slug.slice(0, 80))}`} className="text-brand-700 underline">
          Back to the event
        </Link>
      </p>
    </main>
  );
}
