// Background jobs of the event that failed: retrying on their own, or given up (dead-lettered)
// after their last retry, with the error they failed with.
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { TroubledJob } from "@/lib/queue-admin/troubled-jobs";

const jobLabels: Record<string, string> = {
  "registration.process": "Process a registration",
  "email.send": "Send an email",
  "participant.approved": "Approval: ticket and email",
  "participant.rejected": "Rejection email",
  "ticket.resend": "Send the ticket again",
  "rsvp.single": "RSVP email",
};

export function TroubledJobsTable({ jobs }: { jobs: TroubledJob[] }) {
  return (
    <Table caption="Background jobs that failed, newest first" className="min-w-[52rem]">
      <TableHeader columns={["Job", "For", "State", "Runs", "Error", "When"]} />
      <TBody>
        {jobs.map((j) => (
          <TR key={j.id}>
            <TD className="whitespace-nowrap">{jobLabels[j.jobName] ?? j.jobName}</TD>
            <TD className="min-w-40 break-words">
              {j.participantName && <span className="block font-medium">{j.participantName}</span>}
              {j.participantEmail && <span className="text-zinc-600">{j.participantEmail}</span>}
              {j.messageSubject && <span className="block text-xs text-zinc-500">{j.messageSubject}</span>}
            </TD>
            <TD>{j.state === "dead" ? <Badge tone="danger">Given up</Badge> : <Badge tone="warning">Retrying</Badge>}</TD>
            <TD className="tabular-nums">{j.attempts}</TD>
            <TD className="max-w-md min-w-56">
              <span className="font-mono text-xs break-words text-red-800">{j.error ?? "No error recorded"}</span>
            </TD>
            <TD>
              <span className="block text-xs text-zinc-500">{j.state === "dead" ? "Given up" : "Next try"}</span>
              <LocalTime value={j.at} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
