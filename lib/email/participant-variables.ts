// The placeholder values an email about one participant of one event can use.
import type { Event, Participant } from "@/lib/db/schema";
import { formatEventDate } from "@/lib/events/time";
import { env } from "@/lib/env";

export function participantVariables(event: Event, participant: Participant): Record<string, string> {
  return {
    first_name: participant.firstName,
    last_name: participant.lastName,
    full_name: `${participant.firstName} ${participant.lastName}`,
    email: participant.email,
    event_title: event.title,
    event_date: formatEventDate(event.startsAt, event.endsAt, event.timeZone),
    venue: event.venue || "the venue to be announced",
    event_url: new URL(`/e/${event.slug}`, env().APP_URL).toString(),
  };
}
