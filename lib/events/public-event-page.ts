// The public event page is served from Next's cache (app/(public)/e/[slug]/page.tsx). What it shows
// is read here, under a tag per slug, so that whatever changes an event can expire exactly its page;
// the tag reaches every web process through the cache handler (lib/cache/shared-tag-cache-handler.cjs).
// Seats change with every registration, so they are not part of the cached page: the page asks
// /e/<slug>/availability for them (readEventAvailability).
import { revalidateTag, unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { getEventBySlug } from "@/lib/db/queries/events";
import type { Event } from "@/lib/db/schema";
import { getCover } from "@/lib/events/save-cover";
import { registrationIsOpen } from "@/lib/participants/register-participant";
import { activeQuestions, type Question } from "@/lib/questions/definitions";

/** A backstop only: edits expire the page at once through the tag. */
export const PUBLIC_PAGE_REVALIDATE_SECONDS = 300;

export const publicEventTag = (slug: string) => `public-event:${slug.toLowerCase()}`;

export type PublicEvent = {
  slug: string;
  title: string;
  description: string | null;
  venue: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  registrationOpen: boolean;
  id: string;
  calendarSequence: number;
  /** The whole event is cancelled: the page says so and offers no registration. */
  cancelled: boolean;
  /** The proof-of-work setting of the registration form (off / automatic / always). */
  registrationChallenge: Event["registrationChallenge"];
  /** The event's language: the page's unless the visitor chose another. */
  language: Event["language"];
  /** The form's own questions, in order (removed ones left out): saving them expires the page. */
  questions: Question[];
  /** Who runs the event and how to reach them (empty strings: not shown). */
  organizer: { name: string; email: string; phone: string; url: string };
  /** The cover image: its address names the upload, so a new cover is a new address. */
  cover: { src: string; width: number; height: number } | null;
};

type Stored = Omit<PublicEvent, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };

/** The event as the public page shows it, from Next's data cache (JSON there: dates travel as strings). */
export async function loadPublicEvent(slug: string): Promise<PublicEvent | null> {
  const key = slug.toLowerCase();
  const stored = await unstable_cache(
    async (): Promise<Stored | null> => {
      const event = await getEventBySlug(db(), key);
      if (!event) return null;
      const cover = await getCover(db(), event.id);
      const { title, description, venue, timeZone, registrationOpen, registrationChallenge, language } = event;
      return {
        slug: event.slug,
        title,
        description,
        venue,
        timeZone,
        registrationOpen,
        cancelled: event.cancelledAt !== null,
        id: event.id,
        calendarSequence: event.calendarSequence,
        registrationChallenge,
        language,
        questions: activeQuestions(event.questions),
        organizer: { name: event.organizerName, email: event.organizerEmail, phone: event.organizerPhone, url: event.organizerUrl },
        cover: cover && {
          src: `/e/${encodeURIComponent(event.slug)}/cover/${cover.uploadId}`,
          width: cover.width,
          height: cover.height,
        },
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
      };
    },
    ["public-event-v2", key],
    { tags: [publicEventTag(key)], revalidate: PUBLIC_PAGE_REVALIDATE_SECONDS },
  )();
  return stored && { ...stored, startsAt: new Date(stored.startsAt), endsAt: new Date(stored.endsAt) };
}

/**
 * Expires the public pages of these slugs in every web process (an edit passes the old slug and the
 * new one; a created event its slug, whose "not found" page may be cached). Only inside a server
 * action or route handler.
 */
export function expirePublicEventPages(...slugs: (string | null | undefined)[]): void {
  for (const slug of new Set(slugs.filter((s): s is string => !!s).map((s) => s.toLowerCase()))) {
    revalidateTag(publicEventTag(slug), { expire: 0 });
  }
}

export type EventAvailability = { open: boolean; full: boolean; seatsLeft: number | null; waitlist: boolean };

/** Live, never cached: whether the form can take a registration right now. */
export async function readEventAvailability(slug: string): Promise<EventAvailability | null> {
  const event = await getEventBySlug(db(), slug);
  if (!event) return null;
  const seatsLeft = event.capacity === null ? null : Math.max(0, event.capacity - (event.seatsTaken ?? 0));
  return { open: registrationIsOpen(event), full: seatsLeft === 0, seatsLeft, waitlist: event.capacity !== null && event.waitlistEnabled };
}
