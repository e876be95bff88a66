// The event's messages that have not gone out: failed ones (with the provider's reason) and queued
// ones (waiting, or between retries), each with a Retry where that can help; one whose outcome is
// unknown (no answer within Resend's 24 h) with a "Send again" that asks the organizer to confirm.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EventTime } from "@/components/events/event-time";
import { MessageStatusBadge } from "@/components/outbox/message-badges";
import { Badge } from "@/components/ui/badge";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { UndeliveredMessage } from "@/lib/db/queries/deliveries";
import type { RetryMessageState } from "@/lib/validation/deliveries";
import { ConfirmResendButton } from "./confirm-resend-button";
import { RetryMessageButton } from "./retry-message-button";

type Props = {
  rows: UndeliveredMessage[];
  /** The event's zone: times are shown in it. */
  timeZone: string;
  retryAction: (prev: RetryMessageState, form: FormData) => Promise<RetryMessageState>;
  confirmResendAction: (prev: RetryMessageState, form: FormData) => Promise<RetryMessageState>;
};

export function UndeliveredMessagesTable({ rows, timeZone, retryAction, confirmResendAction }: Props) {
  const t = useTranslations("activity.undelivered");
  const kindText = useTranslations("ops.messages.kind");
  return (
    <Table caption={t("caption")} className="min-w-[60rem]">
      <TableHeader
        columns={[
          t("to"),
          t("email"),
          t("status"),
          t("attempts"),
          t("reason"),
          t("created"),
          { label: t("action"), screenReaderOnly: true },
        ]}
      />
      <TBody>
        {rows.map((m) => (
          <TR key={m.id}>
            <TD className="min-w-40 break-words">
              {m.participantName && <span className="block font-medium">{m.participantName}</span>}
              <span className="text-zinc-600">{m.toAddress}</span>
            </TD>
            <TD className="min-w-44">
              <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                {m.subject || t("noSubject")}
              </Link>
              <span className="block text-xs text-zinc-500">{kindText(m.kind)}</span>
            </TD>
            <TD>{m.outcomeUnknown ? <Badge tone="danger">{t("outcomeUnknown")}</Badge> : <MessageStatusBadge status={m.status} />}</TD>
            <TD className="tabular-nums">{m.attempts}</TD>
            <TD className="max-w-md min-w-56">
              {m.outcomeUnknown ? (
                <span className="text-xs break-words text-zinc-700">{t("outcomeUnknownHint")}</span>
              ) : m.error ? (
                <span className="font-mono text-xs break-words text-red-800">{m.error}</span>
              ) : (
                <span className="text-zinc-500">{t("waiting")}</span>
              )}
            </TD>
            <TD>
              <EventTime value={m.createdAt} timeZone={timeZone} />
            </TD>
            <TD>
              {/* A queued message without an error is simply waiting: nothing to retry yet. */}
              {m.outcomeUnknown ? (
                <ConfirmResendButton messageId={m.id} recipient={m.toAddress} action={confirmResendAction} />
              ) : (
                (m.status === "failed" || m.error) && <RetryMessageButton messageId={m.id} recipient={m.toAddress} action={retryAction} />
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
