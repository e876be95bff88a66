// The placeholder values an email about one participant of one event can use. Links that depend on
// the email (rsvp_url, ticket_url) and a reason given with this very change come from the caller.
import type { Event, Participant } from "@/lib/db/schema";
import { eventAnswerKeys } from "@/lib/questions/answer-placeholders";
import { answerInLanguage } from "@/lib/questions/answer-in-language";
import { env } from "@/lib/env";
import { eventDateText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { rsvpUrl } from "@/lib/rsvp/rsvp-token";

type Person = Pick<Participant, "firstName" | "lastName" | "email" | "rejectionReason"> & { answers?: Participant["answers"] } & Partial<
    Pick<Participant, "id" | "rsvpTokenVersion">
  >;

/**
 * The participant's "Manage my registration" page: their signed RSVP link (revoked and expired with
 * it, through rsvp_token_version). Every participant email carries it (render-template.ts).
 */
export function manageUrl(event: Pick<Event, "id">, participant: Pick<Participant, "id" | "rsvpTokenVersion">): string {
  return rsvpUrl({ participantId: participant.id, eventId: event.id, version: participant.rsvpTokenVersion });
}

/** Values in the email's language: the date as that language writes it, in the event's time zone. */
export function participantVariables(event: Event, participant: Person, locale: Locale = "en"): Record<string, string> {
  return {
    first_name: participant.firstName,
    last_name: participant.lastName,
    full_name: `${participant.firstName} ${participant.lastName}`,
    email: participant.email,
    event_title: event.title,
    event_date: eventDateText(locale, event),
    venue: event.venue || translator(locale, "email")("venueTbd"),
    event_url: new URL(`/e/${event.slug}`, env().APP_URL).toString(),
    reason: participant.rejectionReason ?? "",
    // {{answer.<key>}}: one per question of the event (removed ones too), empty when not answered,
    // in the email's language (yes/no, dates, numbers, countries).
    ...Object.fromEntries(
      eventAnswerKeys(event).map(({ key, question }) => [
        `answer.${key}`,
        answerInLanguage(locale, question, participant.answers?.[question.id]),
      ]),
    ),
    ...(participant.id !== undefined && participant.rsvpTokenVersion !== undefined
      ? { manage_url: manageUrl(event, { id: participant.id, rsvpTokenVersion: participant.rsvpTokenVersion }) }
      : {}),
  };
}
