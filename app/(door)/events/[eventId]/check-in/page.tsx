// The scanner for one event. Open to the owner, and to organizers and door staff who have the event
// (requireEventAccess checks the session and the event itself); everything on it talks to the
// check-in routes, which check again on every request.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CheckInApp } from "@/components/check-in/check-in-app";
import { chooseDashboardLanguageAction } from "@/app/(dashboard)/account/language-actions";
import { DoorHeader } from "@/components/door/door-header";
import { requireEventAccess } from "@/lib/auth/require-event-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("door"))("metaTitle") };
}

type Props = { params: Promise<{ eventId: string }> };

export default async function CheckInPage({ params }: Props) {
  const { user, event } = await requireEventAccess((await params).eventId);
  const doorStaff = user.role === "door_staff";
  const t = await getTranslations("door.page");
  return (
    <>
      <DoorHeader userName={user.name} homeHref={doorStaff ? "/door" : "/events"} languageAction={chooseDashboardLanguageAction} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 pt-3 pb-10">
        <CheckInApp
          eventId={event.id}
          timeZone={event.timeZone}
          heading={
            <>
              <p className="text-sm">
                <Link href={doorStaff ? "/door" : `/events/${event.id}`} className="text-brand-600 underline-offset-2 hover:underline">
                  {doorStaff ? t("myEvents") : t("overview")}
                </Link>
              </p>
              <h1 className="mt-1 text-xl font-bold tracking-tight break-words">
                {t("title")} <span className="sr-only">{t("titleFor")}</span>
                <span className="block text-base font-semibold text-zinc-700">{event.title}</span>
              </h1>
            </>
          }
        />
      </main>
    </>
  );
}
