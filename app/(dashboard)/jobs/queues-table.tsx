// Per queue: jobs in each state and how long the oldest job ready to run has waited.
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { numberText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { queueLabel } from "@/lib/queue-admin/queue-labels";
import type { QueueCounts } from "@/lib/queue-admin/queue-overview";
import { formatAge } from "./format";

const countKeys = ["queued", "active", "retrying", "failed", "completed", "oldest"] as const;

export function QueuesTable({ queues, locale }: { queues: QueueCounts[]; locale: Locale }) {
  const t = translator(locale, "ops");
  const n = (v: number) => <span className={v === 0 ? "text-zinc-400" : undefined}>{numberText(locale, v)}</span>;
  // Counts line up on the right.
  const countColumns = countKeys.map((key) => ({ label: t(`jobs.queues.${key}`), className: "text-right" }));
  return (
    <Table caption={t("jobs.queues.caption")} className="min-w-[44rem]">
      <TableHeader columns={[t("jobs.queues.queue"), ...countColumns]} />
      <TBody>
        {queues.map((q) => (
          <TR key={q.name}>
            <TD className="break-words">
              <span className="font-medium">{queueLabel(q.name, locale)}</span>
              <span className="block font-mono text-xs break-all text-zinc-500">{q.name}</span>
            </TD>
            <TD className="text-right tabular-nums">{n(q.queued)}</TD>
            <TD className="text-right tabular-nums">{n(q.active)}</TD>
            <TD className="text-right tabular-nums">{n(q.retrying)}</TD>
            <TD className={q.failed ? "text-right font-semibold text-red-700 tabular-nums" : "text-right tabular-nums"}>{n(q.failed)}</TD>
            <TD className="text-right tabular-nums">{n(q.completed)}</TD>
            <TD className="text-right whitespace-nowrap tabular-nums">{formatAge(q.oldestReadySeconds, locale)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
