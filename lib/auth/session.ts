// Session checks used by every organizer-facing page, server action and route handler. Each entry
// point calls one of these itself; the dashboard layout's check is a convenience, not the guard.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";

export type Role = "owner" | "organizer" | "door_staff";
export type SessionUser = { id: string; name: string; email: string; role: Role };

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role } = session.user as typeof session.user & { role?: string };
  return { id, name, email, role: (role ?? "organizer") as Role };
}

/** For pages and server actions: no session → the sign-in page. */
export async function requireOrganizer(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user || user.role === "door_staff") redirect("/sign-in");
  return user;
}

export class UnauthorizedError extends Error {
  constructor() {
    super("Sign in required");
  }
}

/** For route handlers, which answer 401 instead of redirecting. */
export async function requireOrganizerForApi(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user || user.role === "door_staff") throw new UnauthorizedError();
  return user;
}
