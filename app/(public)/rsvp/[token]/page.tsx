// "Manage my registration", the page every participant email links to (the signed RSVP link), on a
// phone first: the event, their status (with the waitlist place or the offered seat to claim), the
// ticket to download again, "I will attend" / "I can't attend" (changeable until the event starts),
// and cancelling with a confirmation step. A link that is not valid shows the same "does not work"
// page whatever the reason. In the participant's language; switching it stores the choice on them
// (their later emails follow).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CancelRegistrationForm, ClaimOfferForm } from "@/components/rsvp/manage-forms";
import { RsvpAnswerForm } from "@/components/rsvp/rsvp-answer-form";
import { RsvpLanguageForm } from "@/components/rsvp/rsvp-language-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { dateTime, eventDateText } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translator";
import { answerRsvpAction, chooseRsvpLanguageAction } from "./actions";
import { invitationFor } from "./invitation";
import { cancelRegistrationAction, claimOfferAction } from "./manage-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ saved?: string; cancelled?: string; claimed?: string }> };

// The token is the credential: never sent on as a referrer, never indexed.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const invitation = await invitationFor((await params).token);
  const title = translator(invitation?.locale ?? "en", "public")("rsvp.manageTitle");
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function RsvpPage({ params, searchParams }: Props) {
  const { token } = await params;
  const invitation = await invitationFor(token);
  if (!invitation) notFound();
  const query = await searchParams;
  const saved = query.saved === "1" && invitation.answer !== null;
  const { event, answer, answeredAt, closed, status, locale } = invitation;
  const t = translator(locale, "public");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const answerLabels = { attending: t("rsvp.attending"), declined: t("rsvp.declined") } as const;
  const textLang = event.language !== locale ? event.language : undefined;
  const onWaitlist = status === "waitlisted" || status === "offered";
  const canCancel = event.startsAt > new Date() && (status === "pending" || status === "approved" || onWaitlist);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
      <div className="mb-4 flex justify-end">
        <RsvpLanguageForm
          token={token}
          current={locale}
          action={chooseRsvpLanguageAction}
          label={translator(locale, "common")("languageSwitcher")}
        />
      </div>
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">{t("rsvp.manageTitle")}</p>
        <h1 lang={textLang} className="text-2xl font-bold tracking-tight break-words">
          {event.title}
        </h1>
        <p className="text-zinc-700">{eventDateText(locale, event)}</p>
        {event.venue && (
          <p lang={textLang} className="break-words text-zinc-700">
            {event.venue}
          </p>
        )}
      </header>

      <Card className="mt-6 space-y-4 p-4 sm:p-6">
        <h2 className="text-lg font-semibold break-words">{t("rsvp.hello", { name: invitation.firstName })}</h2>
        {query.cancelled === "1" && status === "cancelled" && <Alert tone="success">{t("manage.cancelledNotice")}</Alert>}
        {query.claimed === "1" && (status === "pending" || status === "approved") && (
          <Alert tone="success">{status === "approved" ? t("manage.claimedApproved") : t("manage.claimedPending")}</Alert>
        )}
        <p className="text-zinc-800">
          {t("manage.statusLabel")} <strong data-testid="registration-status">{t(`manage.status.${status}`)}</strong>
          {status === "waitlisted" && invitation.waitlistPosition && (
            <> — {t("manage.waitlistPlace", { position: invitation.waitlistPosition })}</>
          )}
        </p>
        {status === "offered" && invitation.offerExpiresAt && (
          <div className="space-y-3 rounded-lg bg-brand-50 p-3">
            <p className="text-zinc-800">
              {t.rich("manage.offerHeld", { until: dateTime(locale, invitation.offerExpiresAt, event.timeZone), strong })}
            </p>
            <ClaimOfferForm token={token} action={claimOfferAction} />
          </div>
        )}
        {invitation.ticketUrl && (
          <p>
            <a href={invitation.ticketUrl} className="font-medium text-brand-700 underline">
              {t("manage.downloadTicket")}
            </a>
          </p>
        )}
        {saved && answer && <Alert tone="success">{t.rich("rsvp.saved", { answer: answerLabels[answer], strong })}</Alert>}
        {onWaitlist || status === "cancelled" ? null : answer ? (
          <p className="text-zinc-800">
            {t.rich("rsvp.yourAnswer", { answer: answerLabels[answer], strong })}
            {answeredAt && (
              <span className="text-zinc-600">
                {" "}
                — {t("rsvp.given")} <time dateTime={answeredAt.toISOString()}>{dateTime(locale, answeredAt, event.timeZone)}</time> (
                {event.timeZone})
              </span>
            )}
          </p>
        ) : (
          <p className="text-zinc-800">{closed ? t("rsvp.notAnswered") : t("rsvp.pleaseAnswer")}</p>
        )}
        {closed === "started" && <Alert tone="info">{t("rsvp.started")}</Alert>}
        {closed === "inactive" && !onWaitlist && status !== "cancelled" && <Alert tone="info">{t("rsvp.inactive")}</Alert>}
        {!closed && (
          <>
            {answer && <p className="text-sm text-zinc-600">{t("rsvp.changeable")}</p>}
            <p className="text-sm text-zinc-600">{t("manage.declineGivesSeat")}</p>
            <RsvpAnswerForm token={token} current={answer} action={answerRsvpAction} />
          </>
        )}
        {canCancel && <CancelRegistrationForm token={token} action={cancelRegistrationAction} waitlisted={onWaitlist} />}
      </Card>
    </main>
  );
}
