// An event's bulk operations (RSVP sends, imports…), newest first, with their results: each links to
// its own page (progress while it runs, then who failed and why).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { type Operation, operationKinds } from "@/lib/db/schema";
import { describeAnnouncementFilter } from "@/lib/announcements/recipient-filter";
import { resolveLocale } from "@/lib/i18n/locales";
import { describeRecipients } from "@/lib/rsvp/describe-recipients";

const kinds = operationKinds;
const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;

function href(eventId: string, op: Operation): string | null {
  if (op.kind === "rsvp_email") return `/events/${eventId}/operations/${op.id}`;
  if (op.kind === "participants_import") return `/events/${eventId}/import/${op.id}`;
  if (op.kind === "participants_cancel") return `/events/${eventId}/participants/cancellations/${op.id}`;
  if (op.kind === "announcement_email" && typeof op.params.announcementId === "string")
    return `/events/${eventId}/announcements/${op.params.announcementId}`;
  return null;
}

function what(op: Operation, locale: string): string | null {
  if (op.kind === "rsvp_email") return describeRecipients(op.params, resolveLocale(locale));
  if (op.kind === "participants_import" && typeof op.params.filename === "string") return op.params.filename;
  if (op.kind === "announcement_email") return describeAnnouncementFilter(op.params.filter);
  return null;
}

export function EventOperationsTable({ eventId, operations }: { eventId: string; operations: Operation[] }) {
  const t = useTranslations("activity.operations");
  const locale = useLocale();
  const n = (v: number) => v.toLocaleString(locale === "el" ? "el-GR" : "en-GB");
  return (
    <Table caption={t("caption")} className="min-w-[52rem]">
      <THead>
        <TR>
          <TH>{t("started")}</TH>
          <TH>{t("operation")}</TH>
          <TH>{t("state")}</TH>
          <TH className="text-right">{t("total")}</TH>
          <TH className="text-right">{t("done")}</TH>
          <TH className="text-right">{t("failed")}</TH>
          <TH className="text-right">{t("skipped")}</TH>
          <TH>{t("finished")}</TH>
        </TR>
      </THead>
      <TBody>
        {operations.map((op) => {
          const link = href(eventId, op);
          const label = (kinds as readonly string[]).includes(op.kind) ? t(`kinds.${op.kind as (typeof kinds)[number]}`) : op.kind;
          const detail = what(op, locale);
          return (
            <TR key={op.id}>
              <TD>
                <LocalTime value={op.createdAt} />
                {op.createdByName && <span className="block text-xs text-zinc-600">{t("by", { name: op.createdByName })}</span>}
              </TD>
              <TD className="min-w-56 break-words">
                {link ? (
                  <Link href={link} className="font-medium text-brand-600 hover:underline">
                    {label}
                  </Link>
                ) : (
                  <span className="font-medium">{label}</span>
                )}
                {detail && <span className="block text-xs text-zinc-600">{detail}</span>}
              </TD>
              <TD>
                <Badge tone={stateTones[op.state]}>{t(`states.${op.state}`)}</Badge>
              </TD>
              <TD className="text-right tabular-nums">{n(op.total)}</TD>
              <TD className="text-right tabular-nums">{n(op.succeeded)}</TD>
              <TD className="text-right tabular-nums">{n(op.failed)}</TD>
              <TD className="text-right tabular-nums">{n(op.skipped)}</TD>
              <TD>{op.finishedAt ? <LocalTime value={op.finishedAt} /> : <span className="text-zinc-400">—</span>}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
