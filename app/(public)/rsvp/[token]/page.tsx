// The RSVP page a participant opens from their email, on a phone first: the event, their first name,
// "I will attend" / "I can't attend", and the answer they gave (changeable until the event starts,
// then read-only). A link that is not valid shows the same "does not work" page whatever the reason.
// In the participant's language; switching it stores the choice on them (their later emails follow).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RsvpAnswerForm } from "@/components/rsvp/rsvp-answer-form";
import { RsvpLanguageForm } from "@/components/rsvp/rsvp-language-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { dateTime, eventDateText } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translator";
import { answerRsvpAction, chooseRsvpLanguageAction } from "./actions";
import { invitationFor } from "./invitation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ saved?: string }> };

// The token is the credential: never sent on as a referrer, never indexed.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const invitation = await invitationFor((await params).token);
  const title = translator(invitation?.locale ?? "en", "public")("rsvp.title");
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function RsvpPage({ params, searchParams }: Props) {
  const { token } = await params;
  const invitation = await invitationFor(token);
  if (!invitation) notFound();
  const saved = (await searchParams).saved === "1" && invitation.answer !== null;
  const { event, answer, answeredAt, closed, locale } = invitation;
  const t = translator(locale, "public");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const answerLabels = { attending: t("rsvp.attending"), declined: t("rsvp.declined") } as const;
  const textLang = event.language !== locale ? event.language : undefined;

  return (
    <main className="mx-auto max-w-md px-4 py-6 sm:py-12">
      <div className="mb-4 flex justify-end">
        <RsvpLanguageForm
          token={token}
          current={locale}
          action={chooseRsvpLanguageAction}
          label={translator(locale, "common")("languageSwitcher")}
        />
      </div>
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">{t("rsvp.title")}</p>
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
        {saved && answer && <Alert tone="success">{t.rich("rsvp.saved", { answer: answerLabels[answer], strong })}</Alert>}
        {answer ? (
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
        {closed === "inactive" && <Alert tone="info">{t("rsvp.inactive")}</Alert>}
        {!closed && (
          <>
            {answer && <p className="text-sm text-zinc-600">{t("rsvp.changeable")}</p>}
            <RsvpAnswerForm token={token} current={answer} action={answerRsvpAction} />
          </>
        )}
      </Card>
    </main>
  );
}
