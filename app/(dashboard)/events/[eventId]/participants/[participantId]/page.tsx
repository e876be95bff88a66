// One participant: details, status history, every email sent to them, and what the organizer can
// do next (approve, reject, send the ticket again, download it, send the RSVP email). Times are in
// the dashboard's time zone (DASHBOARD_TIME_ZONE), written as the organizer's language writes them.
import { env } from "@/lib/env";
import { dateTimeWithZone } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ParticipantStatusBadge } from "@/components/events/event-badges";
import { MessageStatusBadge, messageKindText } from "@/components/outbox/message-badges";
import { ParticipantActions } from "@/components/participants/participant-actions";
import { RsvpAnswerBadge } from "@/components/rsvp/rsvp-answer-badge";
import { SendRsvpEmailButton } from "@/components/rsvp/send-rsvp-email-button";
import { maskTicketCode } from "@/components/participants/participant-labels";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getParticipant, hasTicket, listParticipantMessages, listStatusHistory } from "@/lib/db/queries/participants";
import { sendRsvpEmailAction } from "../../operations/actions";
import { changeStatusAction, correctEmailAction, requestTicketResendAction } from "../actions";
import { UndeliverableEmailForm } from "@/components/participants/undeliverable-email-form";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";
import { EditAnswersForm } from "@/components/questions/edit-answers-form";
import { AnswerHistory, ParticipantAnswers } from "@/components/questions/participant-answers";
import { rawFromAnswers } from "@/lib/questions/answers-schema";
import { activeQuestions } from "@/lib/questions/definitions";
import { listAnswerHistory } from "@/lib/questions/update-participant-answers";
import { editAnswersAction } from "./answers/actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.detail"))("metaTitle") };
}

type Props = { params: Promise<{ eventId: string; participantId: string }>; searchParams: Promise<{ added?: string }> };

const none = <span className="text-zinc-400">—</span>;

export default async function ParticipantPage({ params, searchParams }: Props) {
  const { eventId, participantId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const participant = await getParticipant(db(), event.id, participantId);
  if (!participant) notFound();
  const [history, messages, ticket, answerHistory] = await Promise.all([
    listStatusHistory(db(), participant.id),
    listParticipantMessages(db(), event.id, participant.id),
    hasTicket(db(), participant.id),
    listAnswerHistory(db(), participant.id),
  ]);
  const added = (await searchParams).added === "1";
  const t = await getTranslations("participants.detail");
  const tp = await getTranslations("participants");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";

  const at = { format: (d: Date) => dateTimeWithZone(locale, d, env().DASHBOARD_TIME_ZONE) };
  const when = (d: Date | null) => (d ? <time dateTime={d.toISOString()}>{at.format(d)}</time> : none);
  const name = `${participant.firstName} ${participant.lastName}`;
  const listHref = `/events/${event.id}/participants`;

  const details: [string, React.ReactNode][] = [
    [t("fields.firstName"), participant.firstName],
    [t("fields.lastName"), participant.lastName],
    [
      t("fields.email"),
      <span key="e">
        <a href={`mailto:${participant.email}`} className="text-brand-600 hover:underline">
          {participant.email}
        </a>
        {participant.emailUndeliverableAt && (
          <Badge tone="danger" className="ml-2">
            {t("undeliverable")}
          </Badge>
        )}
      </span>,
    ],
    [t("fields.organisation"), participant.organisation ?? none],
    [t("fields.phone"), participant.phone ?? none],
    [t("fields.source"), tp(`source.${participant.source}`)],
    [t("fields.registered"), when(participant.createdAt)],
    [t("fields.status"), <ParticipantStatusBadge key="s" status={participant.status} />],
    [t("fields.statusChanged"), when(participant.statusChangedAt)],
    ...(participant.rejectionReason
      ? ([
          [
            t("fields.rejectionReason"),
            <span key="r" className="whitespace-pre-line">
              {participant.rejectionReason}
            </span>,
          ],
        ] as [string, React.ReactNode][])
      : []),
    [t("fields.rsvp"), <RsvpAnswerBadge key="rsvp" answer={participant.rsvpAnswer} />],
    ...(participant.rsvpAnsweredAt ? ([[t("fields.answered"), when(participant.rsvpAnsweredAt)]] as [string, React.ReactNode][]) : []),
    [
      t("fields.ticketCode"),
      participant.ticketCode ? (
        <span key="t" className="font-mono" title={t("ticketCodeTitle")}>
          {maskTicketCode(participant.ticketCode)}
        </span>
      ) : (
        none
      ),
    ],
  ];

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <BackLink href={listHref}>{t("back")}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="min-w-0 text-2xl font-bold tracking-tight break-words">{name}</h1>
          <ParticipantStatusBadge status={participant.status} />
        </div>
        <p className="text-sm text-zinc-600">{t("zone", { zone: env().DASHBOARD_TIME_ZONE })}</p>
      </div>

      {added && <Alert tone="success">{t("added", { name })}</Alert>}

      <ParticipantActions
        participant={{ id: participant.id, name, status: participant.status }}
        requestId={randomUUID()}
        ticketHref={ticket ? `/api/events/${event.id}/participants/${participant.id}/ticket` : null}
        statusAction={changeStatusAction.bind(null, event.id)}
        resendAction={requestTicketResendAction.bind(null, event.id)}
      />
      {participant.emailUndeliverableAt && (
        <UndeliverableEmailForm
          participantId={participant.id}
          email={participant.email}
          reason={participant.emailUndeliverableReason}
          action={correctEmailAction.bind(null, event.id)}
        />
      )}

      {participant.status === "approved" && event.startsAt > new Date() && (
        <SendRsvpEmailButton participantId={participant.id} requestId={randomUUID()} action={sendRsvpEmailAction.bind(null, event.id)} />
      )}

      <Card className="p-4 sm:p-5">
        <h2 className="sr-only">{t("details")}</h2>
        <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-zinc-600">{term}</dt>
              <dd className="break-words text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      {event.questions.length > 0 && (
        <Section id="answers-heading" title={t("answers")} className="space-y-3">
          <Card className="p-4 sm:p-5">
            <ParticipantAnswers questions={event.questions} answers={participant.answers} />
          </Card>
          {activeQuestions(event.questions).length > 0 && (
            <details className="rounded-lg border border-zinc-200 bg-white p-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("editAnswers")}</summary>
              <div className="mt-4">
                <EditAnswersForm
                  action={editAnswersAction.bind(null, event.id, participant.id)}
                  questions={activeQuestions(event.questions)}
                  values={rawFromAnswers(event.questions, participant.answers)}
                />
              </div>
            </details>
          )}
          <AnswerHistory history={answerHistory} when={(d) => when(d)} />
        </Section>
      )}

      <Section id="history-heading" title={t("history")} className="space-y-3">
        {history.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("historyNone", { pending: participant.status === "pending" ? "yes" : "no" })}</p>
        ) : (
          <Table caption={t("historyCaption", { name })} className="min-w-[40rem]">
            <TableHeader
              columns={[t("historyColumns.when"), t("historyColumns.change"), t("historyColumns.reason"), t("historyColumns.by")]}
            />
            <TBody>
              {history.map((h) => (
                <TR key={h.id}>
                  <TD className="whitespace-nowrap">{when(h.createdAt)}</TD>
                  <TD className="whitespace-nowrap">
                    {h.fromStatus ? tp(`status.${h.fromStatus}`) : t("statusNew")} → {tp(`status.${h.toStatus}`)}
                  </TD>
                  <TD className="min-w-48 whitespace-pre-line break-words">{h.reason ?? none}</TD>
                  <TD className="break-words">{h.changedByName ?? (h.changedBy ? h.changedBy : t("automatic"))}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="messages-heading" title={t("emails")} className="space-y-3">
        {messages.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("emailsNone", { email: participant.email })}</p>
        ) : (
          <Table caption={t("emailsCaption", { name })} className="min-w-[52rem]">
            <TableHeader
              columns={[
                t("emailColumns.subject"),
                t("emailColumns.kind"),
                t("emailColumns.status"),
                t("emailColumns.created"),
                t("emailColumns.sent"),
              ]}
            />
            <TBody>
              {messages.map((m) => (
                <TR key={m.id}>
                  <TD className="min-w-48">
                    <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                      {m.subject || t("noSubject")}
                    </Link>
                    {m.error && (
                      <p className="mt-1 text-xs break-words text-red-800">
                        {t("error")} <span className="font-mono">{m.error}</span>
                      </p>
                    )}
                  </TD>
                  <TD className="whitespace-nowrap">{messageKindText(locale, m.kind)}</TD>
                  <TD>
                    <MessageStatusBadge status={m.status} />
                  </TD>
                  <TD className="whitespace-nowrap">{when(m.createdAt)}</TD>
                  <TD className="whitespace-nowrap">{when(m.sentAt)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="privacy-heading" title={t("personalData")} className="space-y-2 border-t border-zinc-200 pt-6">
        <p className="text-sm text-zinc-600">{t("erase", { firstName: participant.firstName })}</p>
        <Link
          href={`/events/${event.id}/participants/${participant.id}/delete`}
          className="inline-flex h-9 items-center rounded-md border border-red-300 px-3 text-sm font-medium text-red-700 hover:bg-red-50"
        >
          {t("deleteLink")}
        </Link>
      </Section>
    </div>
  );
}
