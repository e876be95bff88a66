// The two checks every organizer route handler makes, in one place: a session (401 without one) and
// the event through the organizer's access (404 for one they may not see, as for one that does not
// exist). Returns the user and event, or the response to send.
import { organizerForApi } from "@/lib/auth/organizer-for-api";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import type { Event } from "@/lib/db/schema";

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function eventForApi(eventId: string): Promise<{ user: SessionUser; event: Event } | Response> {
  const user = await organizerForApi();
  if (user instanceof Response) return user;
  const event = await getEventForUser(db(), user, eventId);
  if (!event) return new Response("Not found", { status: 404, headers: plain });
  return { user, event };
}
