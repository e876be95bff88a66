// Bulk operations (imports, bulk emails, certificates) of every event, with their progress.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { listRecentOperations } from "@/lib/queue-admin/list-operations";
import { operationKindLabels } from "./format";

type Operation = Awaited<ReturnType<typeof listRecentOperations>>[number];

const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;

export function OperationsTable({ operations }: { operations: Operation[] }) {
  if (operations.length === 0) {
    return (
      <EmptyState title="No bulk operations yet">
        Imports, bulk emails and certificate runs that organizers start appear here with their progress.
      </EmptyState>
    );
  }
  return (
    <Table caption="Bulk operations, newest first" className="min-w-[48rem]">
      <TableHeader columns={["Event", "Kind", "State", "Progress", "Started", "Finished"]} />
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
              <TD className="whitespace-nowrap">{operationKindLabels[op.kind] ?? op.kind}</TD>
              <TD>
                <Badge tone={stateTones[op.state]}>{op.state}</Badge>
              </TD>
              <TD className="min-w-48">
                <progress className="h-2 w-full" max={Math.max(op.total, 1)} value={op.processed} aria-label={`${percent}% processed`} />
                <span className="text-xs text-zinc-600">
                  {op.processed} of {op.total} · {op.succeeded} succeeded · {op.failed} failed · {op.skipped} skipped
                </span>
              </TD>
              <TD>
                <LocalTime value={op.createdAt} />
                {op.createdByName && <span className="block text-xs text-zinc-600">by {op.createdByName}</span>}
              </TD>
              <TD>{op.finishedAt ? <LocalTime value={op.finishedAt} /> : <span className="text-zinc-400">—</span>}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
