import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { Card } from "@/components/ui/card";
import { requireOrganizer } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/events/time-zones";
import { createEventAction } from "../actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Create event" };

export default async function NewEventPage() {
  await requireOrganizer();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Create event</h1>
      <p className="mt-1 text-sm text-zinc-600">You can change everything later. Registration starts once the event is saved and open.</p>
      <Card className="mt-6 p-4 sm:p-6">
        <EventForm mode="create" action={createEventAction} timeZones={listTimeZones()} cancelHref="/events" />
      </Card>
    </div>
  );
}
