// Bulk operations (imports, bulk emails, certificates) of every event, with their progress.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { listRecentOperations } from "@/lib/queue-admin/list-operations";

type Operation = Awaited<ReturnType<typeof listRecentOperations>>[number];

const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;

export function OperationsTable({ operations, locale }: { operations: Operation[]; locale: Locale }) {
  const t = translator(locale, "ops");
  if (operations.length === 0) {
    return <EmptyState title={t("jobs.operations.emptyTitle")}>{t("jobs.operations.emptyBody")}</EmptyState>;
  }
  const columns = ["event", "kind", "state", "progress", "started", "finished"] as const;
  return (
    <Table caption={t("jobs.operations.caption")} className="min-w-[48rem]">
      <TableHeader columns={columns.map((c) => t(`jobs.operations.${c}`))} />
      <TBody>
        {operations.map((op) => {
          const percent = op.total > 0 ? Math.round((op.processed / op.total) * 100) : 0;
          return (
            <TR key={op.id}>
              <TD className="min-w-32 break-words">
                <Link href={`/events/${op.eventId}`} className="text-brand-600 hover:underline">
                  {op.eventTitle}
                </Link>
              </TD>
              <TD className="whitespace-nowrap">{t(`jobs.operations.kinds.${op.kind}`)}</TD>
              <TD>
                <Badge tone={stateTones[op.state]}>{t(`jobs.operations.states.${op.state}`)}</Badge>
              </TD>
              <TD className="min-w-48">
                <progress
                  className="h-2 w-full"
                  max={Math.max(op.total, 1)}
                  value={op.processed}
                  aria-label={t("jobs.operations.percent", { percent })}
                />
                <span className="text-xs text-zinc-600">
                  {t("jobs.operations.counts", {
                    processed: op.processed,
                    total: op.total,
                    succeeded: op.succeeded,
                    failed: op.failed,
                    skipped: op.skipped,
                  })}
                </span>
              </TD>
              <TD>
                <LocalTime value={op.createdAt} />
                {op.createdByName && (
                  <span className="block text-xs text-zinc-600">{t("jobs.operations.by", { name: op.createdByName })}</span>
                )}
              </TD>
              <TD>{op.finishedAt ? <LocalTime value={op.finishedAt} /> : <span className="text-zinc-400">—</span>}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
