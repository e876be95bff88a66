// Edit an event: the event form, then its cover image (uploaded on its own: a file is not part of
// the form's fields, and a refused image must not lose what was typed).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CoverImageForm } from "@/components/events/cover-image-form";
import { EventForm } from "@/components/events/event-form";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import type { Event } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { getCover } from "@/lib/events/save-cover";
import { instantToZonedLocal } from "@/lib/events/time";
import { listTimeZones } from "@/lib/events/time-zones";
import { updateEventAction } from "../actions";
import { removeCoverAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("edit.title") };
}

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
    organizerName: event.organizerName,
    organizerEmail: event.organizerEmail,
    organizerPhone: event.organizerPhone,
    organizerUrl: event.organizerUrl,
  };
}

export default async function EditEventPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("events");
  const cover = await getCover(db(), event.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("edit.title")}</h1>
      <Card className="p-4 sm:p-6">
        <EventForm
          mode="edit"
          action={updateEventAction.bind(null, event.id)}
          initialValues={toFormValues(event)}
          timeZones={listTimeZones()}
          defaultZone={env().DASHBOARD_TIME_ZONE}
          cancelHref={`/events/${event.id}`}
        />
      </Card>
      <Card className="space-y-3 p-4 sm:p-6">
        <section aria-labelledby="cover-heading" className="space-y-3">
          <h2 id="cover-heading" className="text-lg font-semibold">
            {t("cover.title")}
          </h2>
          <p className="text-sm text-zinc-600">{t("cover.hint")}</p>
          <CoverImageForm
            uploadUrl={`/api/events/${event.id}/cover`}
            current={cover && { src: `/e/${encodeURIComponent(event.slug)}/cover/${cover.uploadId}`, ...cover }}
            eventTitle={event.title}
            removeAction={removeCoverAction.bind(null, event.id)}
          />
        </section>
      </Card>
    </div>
  );
}
