import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { instantToZonedLocal } from "@/lib/events/time";
import { listTimeZones } from "@/lib/events/time-zones";
import type { Event } from "@/lib/db/schema";
import { updateEventAction } from "../actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit event" };

type Props = { params: Promise<{ eventId: string }> };

function toFormValues(event: Event): Record<string, string> {
  return {
    title: event.title,
    slug: event.slug,
    description: event.description,
    venue: event.venue,
    startsAt: instantToZonedLocal(event.startsAt, event.timeZone),
    endsAt: instantToZonedLocal(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    capacity: event.capacity === null ? "" : String(event.capacity),
    rsvpReminderDays: event.rsvpReminderDays === null ? "" : String(event.rsvpReminderDays),
    registrationOpen: event.registrationOpen ? "open" : "closed",
    approvalMode: event.approvalMode,
    language: event.language,
    registrationChallenge: event.registrationChallenge,
    ticketDelivery: event.ticketsAsLinks ? "link" : "attachment",
    waitlist: event.waitlistEnabled ? "on" : "off",
    waitlistOfferHours: String(event.waitlistOfferHours),
  };
}

export default async function EditEventPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Edit event</h1>
      <Card className="mt-6 p-4 sm:p-6">
        <EventForm
          mode="edit"
          action={updateEventAction.bind(null, event.id)}
          initialValues={toFormValues(event)}
          timeZones={listTimeZones()}
          cancelHref={`/events/${event.id}`}
        />
      </Card>
    </div>
  );
}
