// Public event page with the registration form (phone first).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/registration/registration-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { getEventBySlug } from "@/lib/db/queries/events";
import { formatEventDate } from "@/lib/events/time";
import { registrationIsOpen } from "@/lib/participants/register-participant";
import { registerAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (slug.length > 80) return null;
  return getEventBySlug(db(), decodeURIComponent(slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await load((await params).slug);
  return { title: event ? event.title : "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const event = await load((await params).slug);
  if (!event) notFound();
  const full = event.capacity !== null && (event.seatsTaken ?? 0) >= event.capacity;
  const open = registrationIsOpen(event);

  return (
    <main className="mx-auto max-w-2xl px-4 py-6 sm:py-12">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{event.title}</h1>
        <p className="text-zinc-700">{formatEventDate(event.startsAt, event.endsAt, event.timeZone)}</p>
        {event.venue && <p className="text-zinc-700">{event.venue}</p>}
      </header>
      {event.description && <div className="mt-6 whitespace-pre-line break-words text-zinc-800">{event.description}</div>}
      <Card className="mt-8 p-4 sm:p-6">
        <h2 className="mb-4 text-lg font-semibold">Register</h2>
        {!open ? (
          <Alert tone="warning">Registration for this event is closed.</Alert>
        ) : full ? (
          <Alert tone="warning">This event is full. Registration is no longer possible.</Alert>
        ) : (
          <RegistrationForm
            action={registerAction.bind(null, event.slug)}
            eventTitle={event.title}
            challenge={{ mode: event.registrationChallenge, url: `/e/${encodeURIComponent(event.slug)}/challenge` }}
          />
        )}
      </Card>
    </main>
  );
}
