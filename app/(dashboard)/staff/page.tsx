// Staff accounts (owner only): invite organizers and door staff, see who has which events, change
// them, and withdraw invitations not yet used.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { longDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { listEventChoices, listPendingInvitations, listStaffMembers } from "@/lib/db/queries/staff";
import { inviteStaffAction, revokeInvitationAction, updateStaffEventsAction } from "./actions";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ops.staff"))("title") };
}

export default async function StaffPage() {
  await requireOwner();
  const [members, pending, eventRows] = await Promise.all([listStaffMembers(db()), listPendingInvitations(db()), listEventChoices(db())]);
  const t = await getTranslations("ops.staff");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  // The day as stored (UTC), as before: enough to tell two events of the same name apart.
  const events = eventRows.map((e) => ({ id: e.id, title: e.title, date: longDate(locale, e.startsAt, "UTC") }));
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const eventList = (ids: string[]) => {
    const names = ids.map((id) => titles.get(id)).filter((t): t is string => Boolean(t));
    return names.length ? names.join(", ") : <span className="text-zinc-500">{t("noEvents")}</span>;
  };
  const now = Date.now();

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600">{t("intro")}</p>
      </div>

      <section aria-labelledby="invite-heading">
        <Card className="p-4 sm:p-6">
          <h2 id="invite-heading" className="text-lg font-semibold">
            {t("inviteTitle")}
          </h2>
          <p className="mt-1 mb-5 text-sm text-zinc-600">{t("inviteIntro")}</p>
          <InviteStaffForm action={inviteStaffAction} events={events} />
        </Card>
      </section>

      <Section id="pending-heading" title={t("pendingTitle")} className="space-y-3">
        {pending.length === 0 ? (
          <EmptyState title={t("pendingEmptyTitle")}>{t("pendingEmptyBody")}</EmptyState>
        ) : (
          <Table caption={t("pendingTitle")} className="min-w-[44rem]">
            <TableHeader
              columns={[t("name"), t("email"), t("role"), t("events"), t("expires"), { label: t("actions"), screenReaderOnly: true }]}
            />
            <TBody>
              {pending.map((inv) => (
                <TR key={inv.id}>
                  <TD className="font-medium break-words">{inv.name}</TD>
                  <TD className="break-all">{inv.email}</TD>
                  <TD className="whitespace-nowrap">{t(`roles.${inv.role}`)}</TD>
                  <TD className="min-w-40 break-words">{eventList(inv.eventIds)}</TD>
                  <TD>
                    {inv.expiresAt.getTime() <= now ? <Badge tone="danger">{t("expired")}</Badge> : <LocalTime value={inv.expiresAt} />}
                  </TD>
                  <TD>
                    <form action={revokeInvitationAction}>
                      <input type="hidden" name="invitationId" value={inv.id} />
                      <SubmitButton variant="secondary" size="sm" pendingText={t("revoking")}>
                        {t("revoke")}
                        <span className="sr-only">{t("revokeFor", { email: inv.email })}</span>
                      </SubmitButton>
                    </form>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="members-heading" title={t("membersTitle")} className="space-y-3">
        {members.length === 0 ? (
          <EmptyState title={t("membersEmptyTitle")}>{t("membersEmptyBody")}</EmptyState>
        ) : (
          <Table caption={t("membersTitle")} className="min-w-[44rem]">
            <TableHeader columns={[t("name"), t("email"), t("role"), t("events")]} />
            <TBody>
              {members.map((m) => (
                <TR key={m.id}>
                  <TD className="font-medium break-words">{m.name}</TD>
                  <TD className="break-all">{m.email}</TD>
                  <TD className="whitespace-nowrap">{t(`roles.${m.role}`)}</TD>
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
