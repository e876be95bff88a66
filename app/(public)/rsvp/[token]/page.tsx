// The RSVP page a participant opens from their email, on a phone first: the event, their first name,
// "I will attend" / "I can't attend", and the answer they gave (changeable until the event starts,
// then read-only). A link that is not valid shows the same "does not work" page whatever the reason.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RsvpAnswerForm } from "@/components/rsvp/rsvp-answer-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { formatEventDate } from "@/lib/events/time";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";
import { answerRsvpAction } from "./actions";

export const dynamic = "force-dynamic";

// The token is the credential: never sent on as a referrer, never indexed.
export const metadata: Metadata = { title: "Will you attend?", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ saved?: string }> };

const answerLabels = { attending: "I will attend", declined: "I can't attend" } as const;

export default async function RsvpPage({ params, searchParams }: Props) {
  const { token } = await params;
  const invitation = await findRsvpInvitation(db(), token);
  if (!invitation) notFound();
  const saved = (await searchParams).saved === "1" && invitation.answer !== null;
  const { event, answer, answeredAt, closed } = invitation;
  const at = new Intl.DateTimeFormat("en-GB", { timeZone: event.timeZone, dateStyle: "medium", timeStyle: "short" });

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">Will you attend?</p>
        <h1 className="text-2xl font-bold tracking-tight break-words">{event.title}</h1>
        <p className="text-zinc-700">{formatEventDate(event.startsAt, event.endsAt, event.timeZone)}</p>
        {event.venue && <p className="break-words text-zinc-700">{event.venue}</p>}
      </header>

      <Card className="mt-6 space-y-4 p-4 sm:p-6">
        <h2 className="text-lg font-semibold break-words">Hello {invitation.firstName},</h2>
        {saved && answer && (
          <Alert tone="success">
            Thank you. We recorded your answer: <strong>{answerLabels[answer]}</strong>.
          </Alert>
        )}
        {answer ? (
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
        {closed === "inactive" && (
          <Alert tone="info">
            Your registration is no longer active, so there is nothing to answer. If you think this is a mistake, reply to the organizer’s
            email.
          </Alert>
        )}
        {!closed && (
          <>
            {answer && <p className="text-sm text-zinc-600">Changed your mind? You can change your answer until the event starts.</p>}
            <RsvpAnswerForm token={token} current={answer} action={answerRsvpAction} />
          </>
        )}
      </Card>
    </main>
  );
}
