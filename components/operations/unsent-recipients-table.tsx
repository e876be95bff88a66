// The recipients of a bulk send who did not get their email: failed (with the provider's reason,
// retryable) or skipped (deleted, or no longer approved, when their turn came).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { listUnsentItems } from "@/lib/db/queries/operations";
import { itemReasonText } from "@/lib/operations/item-reason";

type Rows = Awaited<ReturnType<typeof listUnsentItems>>["rows"];

export function UnsentRecipientsTable({ eventId, rows }: { eventId: string; rows: Rows }) {
  const t = useTranslations("activity.unsent");
  const reasons = useTranslations("activity.itemReasons");
  const statuses = useTranslations("participants.status");
  return (
    <Table caption={t("caption")} className="min-w-[44rem]">
      <THead>
        <TR>
          <TH>{t("recipient")}</TH>
          <TH>{t("outcome")}</TH>
          <TH>{t("reason")}</TH>
          <TH>{t("attempts")}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.participantId}>
            <TD className="min-w-48 break-words">
              {r.email ? (
                <>
                  <Link href={`/events/${eventId}/participants/${r.participantId}`} className="font-medium text-brand-600 hover:underline">
                    {r.firstName} {r.lastName}
                  </Link>
                  <span className="block text-zinc-600">{r.email}</span>
                </>
              ) : (
                <span className="text-zinc-600">{t("deleted")}</span>
              )}
            </TD>
            <TD>{r.status === "failed" ? <Badge tone="danger">{t("failed")}</Badge> : <Badge tone="neutral">{t("skipped")}</Badge>}</TD>
            <TD className="max-w-md min-w-56 break-words">{itemReasonText(r.error, reasons, statuses) || "—"}</TD>
            <TD className="tabular-nums">{r.attempts}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
