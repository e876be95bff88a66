// An event's recent emails, newest first (one keyset page of the outbox query), each linking to its
// outbox page: recipient, subject, kind, status and the provider's delivery report, when.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DeliveryStatusBadge, MessageStatusBadge } from "@/components/outbox/message-badges";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { listMessagesForUser } from "@/lib/db/queries/messages";

type Rows = Awaited<ReturnType<typeof listMessagesForUser>>["rows"];

export function RecentEmailsTable({ rows }: { rows: Rows }) {
  const t = useTranslations("activity.emails");
  const kindText = useTranslations("ops.messages.kind");
  return (
    <Table caption={t("caption")} className="min-w-[48rem]">
      <TableHeader columns={[t("to"), t("subject"), t("kind"), t("status"), t("created")]} />
      <TBody>
        {rows.map((m) => (
          <TR key={m.id}>
            <TD className="min-w-40 break-words">{m.toAddress}</TD>
            <TD className="min-w-48">
              <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                {m.subject || t("noSubject")}
              </Link>
            </TD>
            <TD className="whitespace-nowrap">{kindText(m.kind)}</TD>
            <TD>
              <div className="flex flex-wrap gap-1">
                <MessageStatusBadge status={m.status} />
                {m.deliveryStatus && <DeliveryStatusBadge status={m.deliveryStatus} />}
              </div>
            </TD>
            <TD>
              <LocalTime value={m.createdAt} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
