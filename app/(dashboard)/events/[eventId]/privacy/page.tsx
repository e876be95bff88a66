// Personal data of an event: when it is anonymised after the event, and how to delete one person's
// data on request. Checks the session and the event itself.
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { savePrivacyAction } from "./actions";
import { PrivacyForm } from "./privacy-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Personal data" };

type Props = { params: Promise<{ eventId: string }> };

export default async function PrivacyPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const dueOn = event.anonymiseAfterDays === null ? null : new Date(event.endsAt.getTime() + event.anonymiseAfterDays * 24 * 3600 * 1000);
  const day = new Intl.DateTimeFormat("en-GB", { timeZone: event.timeZone, dateStyle: "long" });

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Personal data</h1>
      </div>
      <Card className="max-w-2xl space-y-4 p-5">
        <h2 className="text-lg font-semibold">After the event</h2>
        <p className="text-sm text-zinc-700">
          Anonymising keeps the counts (registrations, statuses, RSVP answers, check-ins, emails sent) but removes names, email addresses,
          organisations, phone numbers, tickets, email contents and imported files. It runs in the nightly maintenance and cannot be undone.
        </p>
        {event.anonymisedAt ? (
          <Alert tone="info">This event’s personal data was anonymised on {day.format(event.anonymisedAt)}.</Alert>
        ) : (
          <>
            {dueOn && (
              <p className="text-sm text-zinc-700">With the current setting it will be anonymised on or after {day.format(dueOn)}.</p>
            )}
            <PrivacyForm action={savePrivacyAction.bind(null, event.id)} current={event.anonymiseAfterDays} />
          </>
        )}
      </Card>
      <Card className="max-w-2xl space-y-2 p-5">
        <h2 className="text-lg font-semibold">When someone asks to be forgotten</h2>
        <p className="text-sm text-zinc-700">
          Open the participant and choose “Delete participant and all their data”: their registration, emails, ticket, check-in and import
          rows are deleted at once.
        </p>
      </Card>
    </div>
  );
}
