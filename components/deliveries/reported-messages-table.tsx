// Emails the provider accepted and then reported as bounced or marked as spam: nothing to retry
// (a retry would bounce again), so each links to the email and to its participant, whose address
// needs correcting.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DeliveryStatusBadge } from "@/components/outbox/message-badges";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { ReportedMessage } from "@/lib/db/queries/deliveries";

export function ReportedMessagesTable({ eventId, rows }: { eventId: string; rows: ReportedMessage[] }) {
  const t = useTranslations("activity.reported");
  const kindText = useTranslations("ops.messages.kind");
  return (
    <Table caption={t("caption")} className="min-w-[48rem]">
      <TableHeader columns={[t("to"), t("email"), t("report"), t("detail"), t("when")]} />
      <TBody>
        {rows.map((m) => (
          <TR key={m.id}>
            <TD className="min-w-40 break-words">
              {m.participantId && m.participantName ? (
                <Link
                  href={`/events/${eventId}/participants/${m.participantId}`}
                  className="block font-medium text-brand-600 hover:underline"
                >
                  {m.participantName}
                </Link>
              ) : null}
              <span className="text-zinc-600">{m.toAddress}</span>
            </TD>
            <TD className="min-w-44">
              <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                {m.subject || t("noSubject")}
              </Link>
              <span className="block text-xs text-zinc-500">{kindText(m.kind)}</span>
            </TD>
            <TD>
              <DeliveryStatusBadge status={m.deliveryStatus} />
            </TD>
            <TD className="max-w-md min-w-48">
              <span className="text-xs break-words text-zinc-700">{m.deliveryDetail ?? "—"}</span>
            </TD>
            <TD>{m.deliveryReportedAt ? <LocalTime value={m.deliveryReportedAt} /> : "—"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
