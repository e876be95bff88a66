// Personal data of an event: when it is anonymised after the event, and how to delete one person's
// data on request. Checks the session and the event itself.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { longDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { savePrivacyAction } from "./actions";
import { PrivacyForm } from "./privacy-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

type Props = { params: Promise<{ eventId: string }> };

export default async function PrivacyPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const dueOn = event.anonymiseAfterDays === null ? null : new Date(event.endsAt.getTime() + event.anonymiseAfterDays * 24 * 3600 * 1000);
  const t = await getTranslations("privacy");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  const day = (instant: Date) => longDate(locale, instant, event.timeZone);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      </div>
      <Card className="max-w-2xl space-y-4 p-5">
        <h2 className="text-lg font-semibold">{t("afterEvent")}</h2>
        <p className="text-sm text-zinc-700">{t("explanation")}</p>
        {event.anonymisedAt ? (
          <Alert tone="info">{t("anonymisedOn", { date: day(event.anonymisedAt) })}</Alert>
        ) : (
          <>
            {dueOn && <p className="text-sm text-zinc-700">{t("dueOn", { date: day(dueOn) })}</p>}
            <PrivacyForm action={savePrivacyAction.bind(null, event.id)} current={event.anonymiseAfterDays} />
          </>
        )}
      </Card>
      <Card className="max-w-2xl space-y-2 p-5">
        <h2 className="text-lg font-semibold">{t("forgottenHeading")}</h2>
        <p className="text-sm text-zinc-700">{t("forgottenBody")}</p>
      </Card>
    </div>
  );
}
