// For an event's dashboard pages and their layout: the session (else sign-in), then the event
// through the organizer's access (else 404). Wrapped in React's cache(): the layout and the page
// ask in the same request, and the query runs once. Each page still calls it: a layout alone is
// not a check (it is not re-run on every navigation, and a page may be rendered without it).
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { requireOrganizer } from "./session";

export const requireOrganizerEvent = cache(async (eventId: string) => {
  const user = await requireOrganizer();
  const event = await getEventForUser(db(), user, eventId);
  if (!event) notFound();
  return { user, event };
});
