// The announcements of an event, newest first: subject (link to its page), who it was for, when, and
// where its send stands.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatInZone } from "@/lib/announcements/format-in-zone";
import type { AnnouncementRow } from "@/lib/announcements/list-announcements";
import { describeAnnouncementFilter } from "@/lib/announcements/recipient-filter";

const n = (v: number) => v.toLocaleString("en-GB");

function state({ announcement: a, operation: op }: AnnouncementRow) {
  if (a.state === "cancelled") return <Badge tone="neutral">Cancelled</Badge>;
  if (a.state === "scheduled") return <Badge tone="info">Scheduled</Badge>;
  if (!op || op.state === "running") return <Badge tone="warning">{op ? `Sending ${n(op.processed)} / ${n(op.total)}` : "Sending"}</Badge>;
  return (
    <Badge tone={op.failed ? "danger" : "success"}>
      Sent to {n(op.succeeded)}
      {op.failed ? `, ${n(op.failed)} failed` : ""}
    </Badge>
  );
}

export function AnnouncementHistory({ eventId, timeZone, rows }: { eventId: string; timeZone: string; rows: AnnouncementRow[] }) {
  return (
    <Table caption="Announcements" className="min-w-[40rem]">
      <THead>
        <TR>
          <TH>Subject</TH>
          <TH>Recipients</TH>
          <TH>When</TH>
          <TH>Status</TH>
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
            <TD>{describeAnnouncementFilter(r.announcement.filter)}</TD>
            <TD className="whitespace-nowrap">
              {r.announcement.state === "scheduled" && r.announcement.sendAt ? (
                formatInZone(r.announcement.sendAt, timeZone)
              ) : (
                <LocalTime value={r.announcement.sentAt ?? r.announcement.createdAt} />
              )}
            </TD>
            <TD>{state(r)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
