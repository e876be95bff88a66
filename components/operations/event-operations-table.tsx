// An event's bulk operations (RSVP sends, imports…), newest first, with their results: each links to
// its own page (progress while it runs, then who failed and why).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { Operation } from "@/lib/db/schema";
import { describeAnnouncementFilter } from "@/lib/announcements/recipient-filter";
import { describeRecipients } from "@/lib/rsvp/describe-recipients";

const kindLabels: Record<string, string> = {
  rsvp_email: "RSVP emails",
  participants_import: "Participant import",
  certificates_generate: "Certificates",
  certificates_email: "Certificate emails",
  announcement_email: "Announcement",
  participants_cancel: "Cancellation",
};
const stateLabels = { running: "Running", completed: "Completed", failed: "Failed", cancelled: "Cancelled" } as const;
const stateTones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;

function href(eventId: string, op: Operation): string | null {
  if (op.kind === "rsvp_email") return `/events/${eventId}/operations/${op.id}`;
  if (op.kind === "participants_import") return `/events/${eventId}/import/${op.id}`;
  if (op.kind === "participants_cancel") return `/events/${eventId}/participants/cancellations/${op.id}`;
  if (op.kind === "announcement_email" && typeof op.params.announcementId === "string")
    return `/events/${eventId}/announcements/${op.params.announcementId}`;
  return null;
}

function what(op: Operation): string | null {
  if (op.kind === "rsvp_email") return describeRecipients(op.params);
  if (op.kind === "participants_import" && typeof op.params.filename === "string") return op.params.filename;
  if (op.kind === "announcement_email") return describeAnnouncementFilter(op.params.filter);
  return null;
}

export function EventOperationsTable({ eventId, operations }: { eventId: string; operations: Operation[] }) {
  return (
    <Table caption="Bulk operations of this event, newest first" className="min-w-[52rem]">
      <THead>
        <TR>
          <TH>Started</TH>
          <TH>Operation</TH>
          <TH>State</TH>
          <TH className="text-right">Total</TH>
          <TH className="text-right">Done</TH>
          <TH className="text-right">Failed</TH>
          <TH className="text-right">Skipped</TH>
          <TH>Finished</TH>
        </TR>
      </THead>
      <TBody>
        {operations.map((op) => {
          const link = href(eventId, op);
          const label = kindLabels[op.kind] ?? op.kind;
          const detail = what(op);
          return (
            <TR key={op.id}>
              <TD>
                <LocalTime value={op.createdAt} />
                {op.createdByName && <span className="block text-xs text-zinc-600">by {op.createdByName}</span>}
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
                <Badge tone={stateTones[op.state]}>{stateLabels[op.state]}</Badge>
              </TD>
              <TD className="text-right tabular-nums">{op.total.toLocaleString("en-GB")}</TD>
              <TD className="text-right tabular-nums">{op.succeeded.toLocaleString("en-GB")}</TD>
              <TD className="text-right tabular-nums">{op.failed.toLocaleString("en-GB")}</TD>
              <TD className="text-right tabular-nums">{op.skipped.toLocaleString("en-GB")}</TD>
              <TD>{op.finishedAt ? <LocalTime value={op.finishedAt} /> : <span className="text-zinc-400">—</span>}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
