// One email as it was recorded. The HTML part is shown in a sandboxed iframe fed by a
// session-checked route handler with a CSP that blocks scripts and remote content.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryStatusBadge, MessageStatusBadge, messageKindLabels } from "@/components/outbox/message-badges";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getMessageForUser, listAttachments } from "@/lib/db/queries/messages";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Email" };

type Props = { params: Promise<{ messageId: string }> };

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default async function MessagePage({ params }: Props) {
  const user = await requireOrganizer();
  const message = await getMessageForUser(db(), user, (await params).messageId);
  if (!message) notFound();
  const attachments = await listAttachments(db(), message.id);

  const details: [string, React.ReactNode][] = [
    ["From", message.fromAddress],
    ["To", message.toAddress],
    ["Status", <MessageStatusBadge key="s" status={message.status} />],
    [
      "Delivery",
      message.deliveryStatus ? (
        <span key="d">
          <DeliveryStatusBadge status={message.deliveryStatus} />
          {message.deliveryDetail && <span className="ml-2 break-words text-zinc-700">{message.deliveryDetail}</span>}
        </span>
      ) : (
        "—"
      ),
    ],
    ["Kind", messageKindLabels[message.kind]],
    [
      "Event",
      message.eventId ? (
        <Link key="e" href={`/events/${message.eventId}`} className="text-brand-600 hover:underline">
          {message.eventTitle}
        </Link>
      ) : (
        "—"
      ),
    ],
    ["Created", <LocalTime key="c" value={message.createdAt} />],
    ["Sent", message.sentAt ? <LocalTime key="t" value={message.sentAt} /> : "—"],
    ["Transport", message.transport ?? "—"],
    [
      "Provider id",
      message.providerId ? (
        <span key="p" className="font-mono break-all">
          {message.providerId}
        </span>
      ) : (
        "—"
      ),
    ],
    ["Attempts", String(message.attempts)],
  ];

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/outbox">Outbox</BackLink>
        <h1 className="text-2xl font-bold tracking-tight break-words">{message.subject || "(no subject)"}</h1>
      </div>

      <Card className="p-4 sm:p-5">
        <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-zinc-600">{term}</dt>
              <dd className="break-words text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
        {message.error && (
          <div className="mt-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            <p className="font-semibold">Error</p>
            <p className="mt-1 font-mono whitespace-pre-wrap break-words">{message.error}</p>
          </div>
        )}
      </Card>

      <Section id="attachments-heading" title="Attachments">
        {attachments.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600">No attachments.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {attachments.map((a) => (
              <li key={a.id}>
                <a
                  href={`/api/outbox/${message.id}/attachments/${a.id}`}
                  className="font-medium break-all text-brand-600 hover:underline"
                  download={a.filename}
                >
                  {a.filename}
                </a>{" "}
                <span className="text-zinc-500">
                  ({a.contentType}, {formatSize(a.size)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="html-heading" title="HTML version">
        {message.html ? (
          <iframe
            title={`HTML version of “${message.subject}”`}
            src={`/api/outbox/${message.id}/html`}
            sandbox=""
            referrerPolicy="no-referrer"
            className="mt-2 h-[32rem] w-full rounded-lg border border-zinc-200 bg-white"
          />
        ) : (
          <p className="mt-2 text-sm text-zinc-600">This email has no HTML part.</p>
        )}
      </Section>

      <Section id="text-heading" title="Text version">
        {message.text ? (
          <pre className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-white p-4 text-sm whitespace-pre-wrap break-words">
            {message.text}
          </pre>
        ) : (
          <p className="mt-2 text-sm text-zinc-600">This email has no text part.</p>
        )}
      </Section>
    </div>
  );
}
