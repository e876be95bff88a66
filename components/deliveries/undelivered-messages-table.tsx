// The event's messages that have not gone out: failed ones (with the provider's reason) and queued
// ones (waiting, or between retries), each with a Retry where that can help; one whose outcome is
// unknown (no answer within Resend's 24 h) with a "Send again" that asks the organizer to confirm.
import Link from "next/link";
import { MessageStatusBadge, messageKindLabels } from "@/components/outbox/message-badges";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { UndeliveredMessage } from "@/lib/db/queries/deliveries";
import type { RetryMessageState } from "@/lib/validation/deliveries";
import { ConfirmResendButton } from "./confirm-resend-button";
import { RetryMessageButton } from "./retry-message-button";

type Props = {
  rows: UndeliveredMessage[];
  retryAction: (prev: RetryMessageState, form: FormData) => Promise<RetryMessageState>;
  confirmResendAction: (prev: RetryMessageState, form: FormData) => Promise<RetryMessageState>;
};

export function UndeliveredMessagesTable({ rows, retryAction, confirmResendAction }: Props) {
  return (
    <Table caption="Emails not delivered, failed first" className="min-w-[60rem]">
      <TableHeader columns={["To", "Email", "Status", "Attempts", "Reason", "Created", { label: "Action", screenReaderOnly: true }]} />
      <TBody>
        {rows.map((m) => (
          <TR key={m.id}>
            <TD className="min-w-40 break-words">
              {m.participantName && <span className="block font-medium">{m.participantName}</span>}
              <span className="text-zinc-600">{m.toAddress}</span>
            </TD>
            <TD className="min-w-44">
              <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                {m.subject || "(no subject)"}
              </Link>
              <span className="block text-xs text-zinc-500">{messageKindLabels[m.kind]}</span>
            </TD>
            <TD>{m.outcomeUnknown ? <Badge tone="danger">Outcome unknown</Badge> : <MessageStatusBadge status={m.status} />}</TD>
            <TD className="tabular-nums">{m.attempts}</TD>
            <TD className="max-w-md min-w-56">
              {m.outcomeUnknown ? (
                <span className="text-xs break-words text-zinc-700">
                  Resend did not answer and its 24-hour window for recognising a repeat has passed: it may have been sent. Check with the
                  recipient before sending it again.
                </span>
              ) : m.error ? (
                <span className="font-mono text-xs break-words text-red-800">{m.error}</span>
              ) : (
                <span className="text-zinc-500">Waiting to be sent</span>
              )}
            </TD>
            <TD>
              <LocalTime value={m.createdAt} />
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
