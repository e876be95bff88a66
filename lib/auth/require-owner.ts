// For the pages and server actions only the owner may use (staff accounts and invitations).
// Anonymous → sign-in; any other role → 404, as if the page did not exist.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { sessionUserFromHeaders } from "./require-event-access";
import type { SessionUser } from "./session";

export async function requireOwner(): Promise<SessionUser> {
  const user = await sessionUserFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  if (user.role !== "owner") notFound();
  return user;
}
