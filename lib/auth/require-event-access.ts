// Event-level access for the pages and routes that door staff may use too (the check-in). Unlike
// requireOrganizer, these admit every role: the owner, and organizers and door staff on the events
// they created or were given (eventAccess). Organizer-only entry points keep using requireOrganizer.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import type { Event } from "@/lib/db/schema";
import { auth } from "./auth";
import type { Role, SessionUser } from "./session";

/** The signed-in user behind these request headers (route handlers pass request.headers). */
export async function sessionUserFromHeaders(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user as typeof session.user & { role?: string };
  return { id, name, email, role: (role ?? "organizer") as Role };
}

/** For pages and server actions: no session → sign-in; an event this user may not reach → 404. */
export async function requireEventAccess(eventId: string): Promise<{ user: SessionUser; event: Event }> {
  const user = await sessionUserFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  const event = await getEventForUser(db(), user, eventId);
  if (!event) notFound();
  return { user, event };
}
