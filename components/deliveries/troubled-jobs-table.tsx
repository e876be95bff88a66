// Background jobs of the event that failed: retrying on their own, or given up (dead-lettered)
// after their last retry, with the error they failed with.
import { useTranslations } from "next-intl";
import { EventTime } from "@/components/events/event-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { TroubledJob } from "@/lib/queue-admin/troubled-jobs";

// The jobs an event's deliveries run on, by their catalogue key (activity.jobs.names).
const jobKeys: Record<string, string> = {
  "registration.process": "registrationProcess",
  "email.send": "emailSend",
  "participant.approved": "participantApproved",
  "participant.rejected": "participantRejected",
  "ticket.resend": "ticketResend",
  "rsvp.single": "rsvpSingle",
};

export function TroubledJobsTable({ jobs, timeZone }: { jobs: TroubledJob[]; timeZone: string }) {
  const t = useTranslations("activity.jobs");
  return (
    <Table caption={t("caption")} className="min-w-[52rem]">
      <TableHeader columns={[t("job"), t("for"), t("state"), t("runs"), t("error"), t("when")]} />
      <TBody>
        {jobs.map((j) => (
          <TR key={j.id}>
            <TD className="whitespace-nowrap">{j.jobName in jobKeys ? t(`names.${jobKeys[j.jobName]}` as never) : j.jobName}</TD>
            <TD className="min-w-40 break-words">
              {j.participantName && <span className="block font-medium">{j.participantName}</span>}
              {j.participantEmail && <span className="text-zinc-600">{j.participantEmail}</span>}
              {j.messageSubject && <span className="block text-xs text-zinc-500">{j.messageSubject}</span>}
            </TD>
            <TD>{j.state === "dead" ? <Badge tone="danger">{t("givenUp")}</Badge> : <Badge tone="warning">{t("retrying")}</Badge>}</TD>
            <TD className="tabular-nums">{j.attempts}</TD>
            <TD className="max-w-md min-w-56">
              <span className="font-mono text-xs break-words text-red-800">{j.error ?? t("noError")}</span>
            </TD>
            <TD>
              <span className="block text-xs text-zinc-500">{j.state === "dead" ? t("givenUp") : t("nextTry")}</span>
              <EventTime value={j.at} timeZone={timeZone} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
