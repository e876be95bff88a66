// Seeds for check-in tests: accounts with a role, and participants holding ticket codes (set
// directly, as an approval would).
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { eventStaff, participants, user, type ParticipantStatus } from "@/lib/db/schema";
import type { CheckInActor } from "@/lib/check-in/check-in-result";
import { generateTicketCode } from "@/lib/tickets/ticket-code";
import { uniqueSuffix } from "./db";

export async function createAccount(role: "owner" | "organizer" | "door_staff", name = "Dora Door") {
  const id = `user-${uniqueSuffix()}`;
  await db()
    .insert(user)
    .values({ id, name, email: `${id}@example.com`, role });
  return { id, name, email: `${id}@example.com`, role };
}

export async function giveEvent(userId: string, eventId: string) {
  await db().insert(eventStaff).values({ userId, eventId });
}

export async function createTicketHolder(
  eventId: string,
  overrides: { status?: ParticipantStatus; firstName?: string; lastName?: string; email?: string } = {},
) {
  const code = generateTicketCode();
  const [row] = await db()
    .insert(participants)
    .values({
      eventId,
      firstName: overrides.firstName ?? "Ada",
      lastName: overrides.lastName ?? "Lovelace",
      email: overrides.email ?? `holder-${uniqueSuffix()}@example.com`,
      status: overrides.status ?? "approved",
      ticketCode: code,
    })
    .returning();
  return { ...row, code };
}

export function actor(name = "Dora Door", id = `user-${uniqueSuffix()}`): CheckInActor {
  return { id, name, deviceId: `device-${uniqueSuffix()}` };
}

export const scanId = () => randomUUID();

/** The tables the shared resetDb() leaves alone (invitations reference no event or user). */
export async function resetInvitations() {
  await db().execute(sql`truncate table invitations`);
}

/**
 * A real account with a real session: created through Better Auth, given its role, signed in. The
 * cookie goes into the Cookie header of requests built for route handlers.
 */
export async function signedInAccount(role: "owner" | "organizer" | "door_staff", name = "Dora Door") {
  const { auth } = await import("@/lib/auth/auth");
  const { eq } = await import("drizzle-orm");
  const email = `${role}-${uniqueSuffix()}@example.com`;
  const password = "door-staff-password-1";
  const created = await auth().api.signUpEmail({ body: { name, email, password } });
  await db().update(user).set({ role }).where(eq(user.id, created.user.id));
  const signedIn = await auth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const setCookie = signedIn.headers.get("set-cookie") ?? "";
  const token = /better-auth\.session_token=([^;]+)/.exec(setCookie)?.[1];
  if (!token) throw new Error(`no session cookie in ${setCookie}`);
  return { id: created.user.id, name, email, password, role, cookie: `better-auth.session_token=${token}` };
}
