// "Manage my registration", the page every participant email links to (the signed RSVP link), on a
// phone first: the event, their status (with the waitlist place or the offered seat to claim), the
// ticket to download again, "I will attend" / "I can't attend" (changeable until the event starts),
// and cancelling with a confirmation step. A link that is not valid shows the same "does not work"
// page whatever the reason.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CancelRegistrationForm, ClaimOfferForm } from "@/components/rsvp/manage-forms";
import { RsvpAnswerForm } from "@/components/rsvp/rsvp-answer-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { formatEventDate } from "@/lib/events/time";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";
import { formatInTimeZone } from "@/lib/waitlist/format-offer-expiry";
import { answerRsvpAction } from "./actions";
import { cancelRegistrationAction, claimOfferAction } from "./manage-actions";

export const dynamic = "force-dynamic";

// The token is the credential: never sent on as a referrer, never indexed.
export const metadata: Metadata = { title: "Manage my registration", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ saved?: string; cancelled?: string; claimed?: string }> };

const answerLabels = { attending: "I will attend", declined: "I can't attend" } as const;

const statusText = {
  pending: "Registered, waiting for the organizer's approval",
  approved: "Confirmed",
  rejected: "Not accepted",
  cancelled: "Cancelled",
  waitlisted: "On the waitlist",
  offered: "A seat is available for you",
} as const;

export default async function RsvpPage({ params, searchParams }: Props) {
  const { token } = await params;
  const invitation = await findRsvpInvitation(db(), token);
  if (!invitation) notFound();
  const query = await searchParams;
  const saved = query.saved === "1" && invitation.answer !== null;
  const { event, answer, answeredAt, closed, status } = invitation;
  const onWaitlist = status === "waitlisted" || status === "offered";
  const canCancel = event.startsAt > new Date() && (status === "pending" || status === "approved" || onWaitlist);
  const at = new Intl.DateTimeFormat("en-GB", { timeZone: event.timeZone, dateStyle: "medium", timeStyle: "short" });

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">Manage my registration</p>
        <h1 className="text-2xl font-bold tracking-tight break-words">{event.title}</h1>
        <p className="text-zinc-700">{formatEventDate(event.startsAt, event.endsAt, event.timeZone)}</p>
        {event.venue && <p className="break-words text-zinc-700">{event.venue}</p>}
      </header>

      <Card className="mt-6 space-y-4 p-4 sm:p-6">
        <h2 className="text-lg font-semibold break-words">Hello {invitation.firstName},</h2>
        {query.cancelled === "1" && status === "cancelled" && (
          <Alert tone="success">Your registration is cancelled. We have sent you a confirmation by email.</Alert>
        )}
        {query.claimed === "1" && (status === "pending" || status === "approved") && (
          <Alert tone="success">
            The seat is yours. We will email you {status === "approved" ? "your ticket" : "once the organizer confirms it"}.
          </Alert>
        )}
        <p className="text-zinc-800">
          Your registration: <strong data-testid="registration-status">{statusText[status]}</strong>
          {status === "waitlisted" && invitation.waitlistPosition && <> — you are number {invitation.waitlistPosition} on the waitlist.</>}
        </p>
        {status === "offered" && invitation.offerExpiresAt && (
          <div className="space-y-3 rounded-lg bg-brand-50 p-3">
            <p className="text-zinc-800">
              We are holding a seat for you until <strong>{formatInTimeZone(invitation.offerExpiresAt, event.timeZone)}</strong>. After that
              it goes to the next person on the waitlist.
            </p>
            <ClaimOfferForm token={token} action={claimOfferAction} />
          </div>
        )}
        {invitation.ticketUrl && (
          <p>
            <a href={invitation.ticketUrl} className="font-medium text-brand-700 underline">
              Download my ticket (PDF)
            </a>
          </p>
        )}
        {saved && answer && (
          <Alert tone="success">
            Thank you. We recorded your answer: <strong>{answerLabels[answer]}</strong>.
          </Alert>
        )}
        {onWaitlist || status === "cancelled" ? null : answer ? (
          <p className="text-zinc-800">
            Your answer: <strong>{answerLabels[answer]}</strong>
            {answeredAt && (
              <span className="text-zinc-600">
                {" "}
                — given <time dateTime={answeredAt.toISOString()}>{at.format(answeredAt)}</time> ({event.timeZone})
              </span>
            )}
          </p>
        ) : (
          <p className="text-zinc-800">{closed ? "You did not answer." : "Please let the organizer know whether you will attend."}</p>
        )}
        {closed === "started" && <Alert tone="info">The event has started: answers can no longer be changed.</Alert>}
        {closed === "inactive" && !onWaitlist && status !== "cancelled" && (
          <Alert tone="info">
            Your registration is no longer active, so there is nothing to answer. If you think this is a mistake, reply to the organizer’s
            email.
          </Alert>
        )}
        {!closed && (
          <>
            {answer && <p className="text-sm text-zinc-600">Changed your mind? You can change your answer until the event starts.</p>}
            <p className="text-sm text-zinc-600">
              “I can't attend” gives your seat to the next person on the waitlist; you can take it back while a seat is free.
            </p>
            <RsvpAnswerForm token={token} current={answer} action={answerRsvpAction} />
          </>
        )}
        {canCancel && <CancelRegistrationForm token={token} action={cancelRegistrationAction} waitlisted={onWaitlist} />}
      </Card>
    </main>
  );
}
