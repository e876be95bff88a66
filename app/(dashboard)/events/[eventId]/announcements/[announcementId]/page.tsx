// One announcement: what was said, to whom, and its send's progress live while it runs (or when it
// is scheduled for).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OperationProgress } from "@/components/operations/operation-progress";
import { UnsentRecipientsTable } from "@/components/operations/unsent-recipients-table";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Section } from "@/components/ui/section";
import { getAnnouncement } from "@/lib/announcements/list-announcements";
import { describeAnnouncementFilter } from "@/lib/announcements/recipient-filter";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listUnsentItems } from "@/lib/db/queries/operations";
import { formatInZone } from "@/lib/announcements/format-in-zone";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { operationProgress } from "@/lib/operations/progress";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await userLocale(), "messaging")("announcements.one") };
}

type Props = { params: Promise<{ eventId: string; announcementId: string }> };

export default async function AnnouncementPage({ params }: Props) {
  const { eventId, announcementId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const found = await getAnnouncement(db(), event.id, announcementId);
  if (!found) notFound();
  const { announcement: a, operation: op } = found;
  const locale = await userLocale();
  const t = translator(locale, "messaging");
  const when = () => <LocalTime value={a.createdAt} />;
  const unsent = op && op.state !== "running" && op.failed + op.skipped > 0 ? await listUnsentItems(db(), op.id, 200) : null;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackLink href={`/events/${event.id}/announcements`}>{t("announcements.title")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight break-words">{a.subject}</h1>
        <p className="text-sm text-zinc-700">
          {describeAnnouncementFilter(a.filter, locale)} ·{" "}
          {a.createdByName ? t.rich("announcements.writtenBy", { when, name: a.createdByName }) : t.rich("announcements.written", { when })}
        </p>
      </div>

      {a.state === "scheduled" && a.sendAt && (
        <Card className="p-4 text-sm text-zinc-800" data-testid="scheduled">
          {t("announcements.scheduledFor", { when: formatInZone(a.sendAt, event.timeZone, locale) })}
        </Card>
      )}
      {a.state === "cancelled" && <Card className="p-4 text-sm text-zinc-800">{t("announcements.cancelledState")}</Card>}
      {op && <OperationProgress initial={operationProgress(op, locale)} eventId={event.id} />}

      <Section id="message-heading" title={t("announcements.message")} className="space-y-2">
        <pre className="rounded-md border border-zinc-200 bg-white p-4 font-sans text-sm break-words whitespace-pre-wrap text-zinc-800">
          {a.body}
        </pre>
      </Section>

      {unsent && unsent.total > 0 && (
        <Section id="unsent-heading" title={t("announcements.notSent")} className="space-y-4">
          <UnsentRecipientsTable eventId={event.id} rows={unsent.rows} />
        </Section>
      )}
    </div>
  );
}
