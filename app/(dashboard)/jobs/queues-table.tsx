// Per queue: jobs in each state and how long the oldest job ready to run has waited.
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { queueLabel } from "@/lib/queue-admin/queue-labels";
import type { QueueCounts } from "@/lib/queue-admin/queue-overview";
import { formatAge } from "./format";

const n = (v: number) => <span className={v === 0 ? "text-zinc-400" : undefined}>{v.toLocaleString("en")}</span>;

// Counts line up on the right.
const countColumns = ["Queued", "Active", "Retrying", "Failed", "Completed", "Oldest waiting"].map((label) => ({
  label,
  className: "text-right",
}));

export function QueuesTable({ queues }: { queues: QueueCounts[] }) {
  return (
    <Table caption="Job queues and their jobs per state" className="min-w-[44rem]">
      <TableHeader columns={["Queue", ...countColumns]} />
      <TBody>
        {queues.map((q) => (
          <TR key={q.name}>
            <TD className="break-words">
              <span className="font-medium">{queueLabel(q.name)}</span>
              <span className="block font-mono text-xs break-all text-zinc-500">{q.name}</span>
            </TD>
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
