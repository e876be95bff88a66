// Per queue: jobs in each state and how long the oldest job ready to run has waited.
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { QueueCounts } from "@/lib/queue-admin/queue-overview";
import { formatAge } from "./format";

const n = (v: number) => <span className={v === 0 ? "text-zinc-400" : undefined}>{v.toLocaleString("en")}</span>;

export function QueuesTable({ queues }: { queues: QueueCounts[] }) {
  return (
    <Table caption="Job queues and their jobs per state" className="min-w-[44rem]">
      <THead>
        <TR>
          <TH>Queue</TH>
          <TH className="text-right">Queued</TH>
          <TH className="text-right">Active</TH>
          <TH className="text-right">Retrying</TH>
          <TH className="text-right">Failed</TH>
          <TH className="text-right">Completed</TH>
          <TH className="text-right">Oldest waiting</TH>
        </TR>
      </THead>
      <TBody>
        {queues.map((q) => (
          <TR key={q.name}>
            <TD className="font-mono text-xs break-all">{q.name}</TD>
            <TD className="text-right tabular-nums">{n(q.queued)}</TD>
            <TD className="text-right tabular-nums">{n(q.active)}</TD>
            <TD className="text-right tabular-nums">{n(q.retrying)}</TD>
            <TD className={q.failed ? "text-right font-semibold text-red-700 tabular-nums" : "text-right tabular-nums"}>{n(q.failed)}</TD>
            <TD className="text-right tabular-nums">{n(q.completed)}</TD>
            <TD className="text-right whitespace-nowrap tabular-nums">{formatAge(q.oldestReadySeconds)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
