import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { getEventForUser, listEventsForUser } from "@/lib/db/queries/events";
import { findInvitationByTokenHash, listPendingInvitations, listStaffMembers } from "@/lib/db/queries/staff";
import { eventStaff, invitations, messages, user } from "@/lib/db/schema";
import { acceptInvitation } from "@/lib/staff/accept-invitation";
import { hashInvitationToken } from "@/lib/staff/invitation-token";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { revokeInvitation } from "@/lib/staff/revoke-invitation";
import { updateStaffEvents } from "@/lib/staff/update-staff-events";
import { createAccount, resetInvitations } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";

beforeEach(async () => {
  await resetDb();
  await resetInvitations();
});
afterAll(closeConnections);

const PASSWORD = "a long enough password";
const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;
const accept = (token: string, password = PASSWORD) => acceptInvitation(db(), { token, password }, new Headers());

async function invite(overrides: Partial<Parameters<typeof inviteStaff>[2]> = {}) {
  const owner = await createAccount("owner", "Olga <Owner>");
  const result = await inviteStaff(db(), owner, {
    name: "Dora Door",
    email: "dora@example.com",
    role: "door_staff",
    eventIds: [],
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return { owner, ...result, token: tokenOf(result.link) };
}

async function jobsOf(name: string, messageId: string) {
  return [
    ...(await db().execute<{ id: string }>(sql`select id from pgboss.job where name = ${name} and data->>'messageId' = ${messageId}`)),
  ];
}

describe("inviting staff", () => {
  it("stores only the token's hash, records the email and enqueues its delivery in the same transaction", async () => {
    const event = await createEvent({ title: "Door <Day>" });
    const { token, link, invitationId } = await invite({ name: "Dora <b>Door</b>", eventIds: [event.id] });
    expect(link).toBe(`http://localhost:3000/invite/${token}`);
    const [row] = await db().select().from(invitations).where(eq(invitations.id, invitationId));
    expect(row).toMatchObject({
      email: "dora@example.com",
      role: "door_staff",
      eventIds: [event.id],
      tokenHash: hashInvitationToken(token),
      acceptedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const [message] = await db()
      .select()
      .from(messages)
      .where(eq(messages.key, `invitation:${invitationId}`));
    expect(message).toMatchObject({
      kind: "invitation",
      toAddress: "dora@example.com",
      eventId: null,
      participantId: null,
      status: "queued",
    });
    expect(message.text).toContain(link);
    expect(message.text).toContain("Door <Day>");
    expect(message.html).toContain("Dora &lt;b&gt;Door&lt;/b&gt;");
    expect(message.html).toContain("Olga &lt;Owner&gt;");
    expect(message.html).not.toContain("<b>Door</b>");
    expect(await jobsOf("email.send", message.id)).toHaveLength(1);
  });

  it("inviting the same address again replaces the pending invitation; the old link stops working", async () => {
    const first = await invite();
    const second = await inviteStaff(db(), first.owner, { name: "Dora Door", email: "DORA@example.com", role: "organizer", eventIds: [] });
    expect(second.ok).toBe(true);
    expect(await listPendingInvitations(db())).toHaveLength(1);
    expect(await accept(first.token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an address that already has an account", async () => {
    const owner = await createAccount("owner");
    const existing = await createAccount("organizer");
    expect(
      await inviteStaff(db(), owner, { name: "Again", email: existing.email.toUpperCase(), role: "door_staff", eventIds: [] }),
    ).toEqual({
      ok: false,
      fieldErrors: { email: "There is already an account with this email" },
    });
  });
});

describe("accepting an invitation", () => {
  it("creates a door staff account with its events, marks the link used, and the password signs in", async () => {
    const [given, other] = [await createEvent(), await createEvent()];
    const { token } = await invite({ eventIds: [given.id] });
    expect(await accept(token)).toEqual({ ok: true, role: "door_staff" });

    const [account] = await db().select().from(user).where(eq(user.email, "dora@example.com"));
    expect(account).toMatchObject({ name: "Dora Door", role: "door_staff" });
    expect((await db().select().from(eventStaff).where(eq(eventStaff.userId, account.id))).map((r) => r.eventId)).toEqual([given.id]);
    expect((await findInvitationByTokenHash(db(), hashInvitationToken(token)))?.state).toBe("used");
    const signedIn = await auth().api.signInEmail({ body: { email: "dora@example.com", password: PASSWORD } });
    expect(signedIn.user.id).toBe(account.id);

    // What the account may reach: its event, not the other.
    const door = { id: account.id, role: "door_staff" as const };
    expect((await listEventsForUser(db(), door)).map((e) => e.id)).toEqual([given.id]);
    expect(await getEventForUser(db(), door, other.id)).toBeNull();
  });

  it("an organizer invitation gives access to the events given, on top of the events the organizer creates", async () => {
    const [given, foreign] = [await createEvent(), await createEvent()];
    const { token } = await invite({ role: "organizer", eventIds: [given.id], email: "oscar@example.com" });
    expect(await accept(token)).toEqual({ ok: true, role: "organizer" });
    const [account] = await db().select().from(user).where(eq(user.email, "oscar@example.com"));
    const own = await createEvent({ createdBy: account.id });
    const organizer = { id: account.id, role: "organizer" as const };
    expect((await listEventsForUser(db(), organizer)).map((e) => e.id).sort()).toEqual([given.id, own.id].sort());
    expect(await getEventForUser(db(), organizer, foreign.id)).toBeNull();
  });

  it("a used, expired, revoked, wrong or malformed link creates no account", async () => {
    const used = await invite();
    await accept(used.token);
    expect(await accept(used.token)).toEqual({ ok: false, reason: "used" });

    const expired = await inviteStaff(db(), used.owner, { name: "Late", email: "late@example.com", role: "door_staff", eventIds: [] });
    if (!expired.ok) throw new Error("not invited");
    await db()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.invitationId));
    expect(await accept(tokenOf(expired.link))).toEqual({ ok: false, reason: "expired" });

    const revoked = await inviteStaff(db(), used.owner, { name: "Gone", email: "gone@example.com", role: "door_staff", eventIds: [] });
    if (!revoked.ok) throw new Error("not invited");
    expect(await revokeInvitation(db(), revoked.invitationId)).toBe(true);
    expect(await accept(tokenOf(revoked.link))).toEqual({ ok: false, reason: "invalid" });

    expect(await accept("A".repeat(43))).toEqual({ ok: false, reason: "invalid" });
    expect(await accept("../../etc/passwd")).toEqual({ ok: false, reason: "invalid" });
    const accounts = await db().select({ email: user.email }).from(user);
    expect(accounts.map((a) => a.email).sort()).toEqual(["dora@example.com", used.owner.email].sort());
  });

  it("two simultaneous accepts of one link create one account", async () => {
    const { token } = await invite();
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "used" });
    expect(await db().select().from(user).where(eq(user.email, "dora@example.com"))).toHaveLength(1);
  });

  it("if the address got an account meanwhile, says so and leaves the invitation unused", async () => {
    const { token } = await invite();
    await db().insert(user).values({ id: "someone", name: "Someone", email: "dora@example.com", role: "organizer" });
    expect(await accept(token)).toMatchObject({ ok: false, reason: "email_taken" });
    expect((await findInvitationByTokenHash(db(), hashInvitationToken(token)))?.state).toBe("valid");
  });
});

describe("changing a staff member's events", () => {
  it("replaces the set, ignores events that no longer exist, and leaves the owner alone", async () => {
    const [a, b, c] = [await createEvent(), await createEvent(), await createEvent()];
    const owner = await createAccount("owner");
    const door = await createAccount("door_staff");
    expect(await updateStaffEvents(db(), { userId: door.id, eventIds: [a.id, b.id] })).toBe(true);
    expect(await updateStaffEvents(db(), { userId: door.id, eventIds: [c.id, "00000000-0000-4000-8000-000000000000"] })).toBe(true);
    const [member] = (await listStaffMembers(db())).filter((m) => m.id === door.id);
    expect(member.eventIds).toEqual([c.id]);
    expect(await updateStaffEvents(db(), { userId: owner.id, eventIds: [a.id] })).toBe(false);
    expect((await listStaffMembers(db())).map((m) => m.id)).toEqual([door.id]);
  });
});

describe("accepting an invitation atomically", () => {
  beforeEach(async () => {
    await db().execute(sql`create table if not exists test_user_inserts (role text)`);
    await db().execute(sql`truncate test_user_inserts`);
    await db().execute(sql`create or replace function test_record_user_insert() returns trigger language plpgsql as $$
      begin insert into test_user_inserts values (new.role); return new; end $$`);
    await db().execute(sql`drop trigger if exists test_record_user_insert on "user"`);
    await db().execute(
      sql`create trigger test_record_user_insert after insert on "user" for each row execute function test_record_user_insert()`,
    );
  });
  afterAll(async () => {
    await db().execute(sql`drop trigger if exists test_record_user_insert on "user"`);
    await db().execute(sql`drop table if exists test_user_inserts`);
  });

  it("a door staff account is written with its final role: it never exists as an organizer, even for a moment", async () => {
    const { token } = await invite();
    const before = (await db().execute<{ role: string }>(sql`select role from test_user_inserts`)).map((r) => r.role);
    expect(await accept(token)).toEqual({ ok: true, role: "door_staff" });
    const inserted = (await db().execute<{ role: string }>(sql`select role from test_user_inserts`))
      .map((r) => r.role)
      .slice(before.length);
    expect(inserted).toEqual(["door_staff"]);
  });

  it("a failure after the account row is written leaves no account and the invitation unused", async () => {
    const { token } = await invite();
    await db().execute(sql`create or replace function test_record_user_insert() returns trigger language plpgsql as $$
      begin if new.role = 'door_staff' then raise exception 'crash between the steps'; end if; return new; end $$`);
    await expect(accept(token)).rejects.toThrow();
    expect(await db().select().from(user).where(eq(user.email, "dora@example.com"))).toHaveLength(0);
    expect((await findInvitationByTokenHash(db(), hashInvitationToken(token)))?.state).toBe("valid");
  });
});
