// Staff accounts (owner only): invite organizers and door staff, see who has which events, change
// them, and withdraw invitations not yet used.
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { InviteStaffForm } from "@/components/staff/invite-staff-form";
import { StaffEventsForm } from "@/components/staff/staff-events-form";
import { requireOwner } from "@/lib/auth/require-owner";
import { db } from "@/lib/db/client";
import { listEventChoices, listPendingInvitations, listStaffMembers } from "@/lib/db/queries/staff";
import { staffRoleLabels } from "@/lib/validation/staff";
import { inviteStaffAction, revokeInvitationAction, updateStaffEventsAction } from "./actions";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function StaffPage() {
  await requireOwner();
  const [members, pending, eventRows] = await Promise.all([listStaffMembers(db()), listPendingInvitations(db()), listEventChoices(db())]);
  const events = eventRows.map((e) => ({ id: e.id, title: e.title, date: dateOnly.format(e.startsAt) }));
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const eventList = (ids: string[]) => {
    const names = ids.map((id) => titles.get(id)).filter((t): t is string => Boolean(t));
    return names.length ? names.join(", ") : <span className="text-zinc-500">No events</span>;
  };
  const now = Date.now();

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Staff</h1>
        <p className="mt-1 text-sm text-zinc-600">
          Organizers manage the events you give them; door staff only check people in at those events, from their phones.
        </p>
      </div>

      <section aria-labelledby="invite-heading">
        <Card className="p-4 sm:p-6">
          <h2 id="invite-heading" className="text-lg font-semibold">
            Invite someone
          </h2>
          <p className="mt-1 mb-5 text-sm text-zinc-600">
            They receive an email with a link to choose a password. The link works once, for 7 days.
          </p>
          <InviteStaffForm action={inviteStaffAction} events={events} />
        </Card>
      </section>

      <Section id="pending-heading" title="Pending invitations" className="space-y-3">
        {pending.length === 0 ? (
          <EmptyState title="No pending invitations">Invitations you send appear here until they are accepted.</EmptyState>
        ) : (
          <Table caption="Pending invitations" className="min-w-[44rem]">
            <TableHeader columns={["Name", "Email", "Role", "Events", "Expires", { label: "Actions", screenReaderOnly: true }]} />
            <TBody>
              {pending.map((inv) => (
                <TR key={inv.id}>
                  <TD className="font-medium break-words">{inv.name}</TD>
                  <TD className="break-all">{inv.email}</TD>
                  <TD className="whitespace-nowrap">{staffRoleLabels[inv.role]}</TD>
                  <TD className="min-w-40 break-words">{eventList(inv.eventIds)}</TD>
                  <TD>{inv.expiresAt.getTime() <= now ? <Badge tone="danger">Expired</Badge> : <LocalTime value={inv.expiresAt} />}</TD>
                  <TD>
                    <form action={revokeInvitationAction}>
                      <input type="hidden" name="invitationId" value={inv.id} />
                      <SubmitButton variant="secondary" size="sm" pendingText="Revoking…">
                        Revoke<span className="sr-only"> invitation for {inv.email}</span>
                      </SubmitButton>
                    </form>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="members-heading" title="Staff accounts" className="space-y-3">
        {members.length === 0 ? (
          <EmptyState title="No staff accounts yet">
            Invite an organizer or door staff above; their account appears here once they accept.
          </EmptyState>
        ) : (
          <Table caption="Staff accounts" className="min-w-[44rem]">
            <TableHeader columns={["Name", "Email", "Role", "Events"]} />
            <TBody>
              {members.map((m) => (
                <TR key={m.id}>
                  <TD className="font-medium break-words">{m.name}</TD>
                  <TD className="break-all">{m.email}</TD>
                  <TD className="whitespace-nowrap">{m.role === "owner" ? "Owner" : staffRoleLabels[m.role]}</TD>
                  <TD className="min-w-56 space-y-2 break-words">
                    <div>{eventList(m.eventIds)}</div>
                    <StaffEventsForm action={updateStaffEventsAction} member={m} events={events} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
    </div>
  );
}
