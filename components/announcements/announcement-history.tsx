// The announcements of an event, newest first: subject (link to its page), who it was for, when, and
// where its send stands, in the organizer's language.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatInZone } from "@/lib/announcements/format-in-zone";
import type { AnnouncementRow } from "@/lib/announcements/list-announcements";
import { describeAnnouncementFilter } from "@/lib/announcements/recipient-filter";
import { numberText } from "@/lib/i18n/format";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";

type Words = ReturnType<typeof useTranslations<"messaging.announcements">>;

function State({ row: { announcement: a, operation: op }, t, locale }: { row: AnnouncementRow; t: Words; locale: Locale }) {
  const n = (v: number) => numberText(locale, v);
  if (a.state === "cancelled") return <Badge tone="neutral">{t("states.cancelled")}</Badge>;
  if (a.state === "scheduled") return <Badge tone="info">{t("states.scheduled")}</Badge>;
  if (!op || op.state === "running")
    return (
      <Badge tone="warning">{op ? t("states.sendingProgress", { done: n(op.processed), total: n(op.total) }) : t("states.sending")}</Badge>
    );
  return (
    <Badge tone={op.failed ? "danger" : "success"}>
      {op.failed
        ? t("states.sentWithFailures", { count: n(op.succeeded), failed: n(op.failed) })
        : t("states.sent", { count: n(op.succeeded) })}
    </Badge>
  );
}

export function AnnouncementHistory({ eventId, timeZone, rows }: { eventId: string; timeZone: string; rows: AnnouncementRow[] }) {
  const t = useTranslations("messaging.announcements");
  const locale = resolveLocale(useLocale());
  return (
    <Table caption={t("title")} className="min-w-[40rem]">
      <THead>
        <TR>
          <TH>{t("table.subject")}</TH>
          <TH>{t("table.recipients")}</TH>
          <TH>{t("table.when")}</TH>
          <TH>{t("table.status")}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.announcement.id}>
            <TD className="min-w-48 break-words">
              <Link href={`/events/${eventId}/announcements/${r.announcement.id}`} className="font-medium text-brand-600 hover:underline">
                {r.announcement.subject}
              </Link>
            </TD>
            <TD>{describeAnnouncementFilter(r.announcement.filter, locale)}</TD>
            <TD className="whitespace-nowrap">
              {r.announcement.state === "scheduled" && r.announcement.sendAt ? (
                formatInZone(r.announcement.sendAt, timeZone, locale)
              ) : (
                <LocalTime value={r.announcement.sentAt ?? r.announcement.createdAt} />
              )}
            </TD>
            <TD>
              <State row={r} t={t} locale={locale} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
