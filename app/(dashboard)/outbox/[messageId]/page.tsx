// One email as it was recorded. The HTML part is shown in a sandboxed iframe fed by a
// session-checked route handler with a CSP that blocks scripts and remote content.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryStatusBadge, MessageStatusBadge, messageKindText } from "@/components/outbox/message-badges";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getMessageForUser, listAttachments } from "@/lib/db/queries/messages";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { isLocale } from "@/lib/i18n/locales";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ops.message"))("metaTitle") };
}

type Props = { params: Promise<{ messageId: string }> };

export default async function MessagePage({ params }: Props) {
  const user = await requireOrganizer();
  const message = await getMessageForUser(db(), user, (await params).messageId);
  if (!message) notFound();
  const attachments = await listAttachments(db(), message.id);
  const t = await getTranslations("ops.message");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  const noSubject = (await getTranslations("ops.outbox"))("noSubject");

  const details: [string, React.ReactNode][] = [
    [t("from"), message.fromAddress],
    [t("to"), message.toAddress],
    [t("status"), <MessageStatusBadge key="s" status={message.status} />],
    [
      t("delivery"),
      message.deliveryStatus ? (
        <span key="d">
          <DeliveryStatusBadge status={message.deliveryStatus} />
          {message.deliveryDetail && <span className="ml-2 break-words text-zinc-700">{message.deliveryDetail}</span>}
        </span>
      ) : (
        "—"
      ),
    ],
    [t("kind"), messageKindText(locale, message.kind)],
    [
      t("event"),
      message.eventId ? (
        <Link key="e" href={`/events/${message.eventId}`} className="text-brand-600 hover:underline">
          {message.eventTitle}
        </Link>
      ) : (
        "—"
      ),
    ],
    [t("created"), <LocalTime key="c" value={message.createdAt} />],
    [t("sent"), message.sentAt ? <LocalTime key="t" value={message.sentAt} /> : "—"],
    [t("transport"), message.transport ?? "—"],
    [
      t("providerId"),
      message.providerId ? (
        <span key="p" className="font-mono break-all">
          {message.providerId}
        </span>
      ) : (
        "—"
      ),
    ],
    [t("attempts"), String(message.attempts)],
  ];

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/outbox">{t("back")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight break-words">{message.subject || noSubject}</h1>
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
            <p className="font-semibold">{t("error")}</p>
            <p className="mt-1 font-mono whitespace-pre-wrap break-words">{message.error}</p>
          </div>
        )}
      </Card>

      <Section id="attachments-heading" title={t("attachments")}>
        {attachments.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600">{t("noAttachments")}</p>
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
                  ({a.contentType}, {formatBytes(a.size, locale)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="html-heading" title={t("html")}>
        {message.html ? (
          <iframe
            title={t("htmlFrame", { subject: message.subject })}
            src={`/api/outbox/${message.id}/html`}
            sandbox=""
            referrerPolicy="no-referrer"
            className="mt-2 h-[32rem] w-full rounded-lg border border-zinc-200 bg-white"
          />
        ) : (
          <p className="mt-2 text-sm text-zinc-600">{t("noHtml")}</p>
        )}
      </Section>

      <Section id="text-heading" title={t("text")}>
        {message.text ? (
          <pre className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-white p-4 text-sm whitespace-pre-wrap break-words">
            {message.text}
          </pre>
        ) : (
          <p className="mt-2 text-sm text-zinc-600">{t("noText")}</p>
        )}
      </Section>
    </div>
  );
}
