// Where door staff land after signing in: the events they may check people in for, soonest first.
// Organizers and the owner can use it too (it lists the events they can reach).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { chooseDashboardLanguageAction } from "@/app/(dashboard)/account/language-actions";
import { DoorHeader } from "@/components/door/door-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { sessionUserFromHeaders } from "@/lib/auth/require-event-access";
import { db } from "@/lib/db/client";
import { listEventsForUser } from "@/lib/db/queries/events";
import { eventDateText } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("door"))("metaTitle") };
}

export default async function DoorPage() {
  const user = await sessionUserFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  const events = (await listEventsForUser(db(), user)).sort((a, b) => upcomingFirst(a.endsAt, b.endsAt));
  const t = await getTranslations("door.events");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";

  return (
    <>
      <DoorHeader
        userName={user.name}
        homeHref={user.role === "door_staff" ? "/door" : "/events"}
        languageAction={chooseDashboardLanguageAction}
      />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-zinc-600">{t("intro")}</p>
        {events.length === 0 ? (
          <EmptyState className="mt-6" title={t("emptyTitle")}>
            {user.role === "door_staff" ? t("emptyDoorStaff") : t("emptyOrganizer")}
          </EmptyState>
        ) : (
          <ul className="mt-6 space-y-3" aria-label={t("listLabel")}>
            {events.map((event) => (
              <li key={event.id}>
                <Card className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <h2 className="text-lg font-semibold break-words">{event.title}</h2>
                    <p className="text-sm text-zinc-700">{eventDateText(locale, event)}</p>
                    {event.venue && <p className="text-sm break-words text-zinc-600">{event.venue}</p>}
                  </div>
                  <Link
                    href={`/events/${event.id}/check-in`}
                    className="inline-flex h-12 shrink-0 items-center justify-center rounded-md bg-brand-600 px-6 text-base font-medium text-white hover:bg-brand-700"
                  >
                    {t("open")}
                    <span className="sr-only">{t("openFor", { title: event.title })}</span>
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}

// Events still to come (or running) first, soonest first; past events after, most recent first.
function upcomingFirst(a: Date, b: Date): number {
  const now = Date.now();
  const [pa, pb] = [a.getTime() < now, b.getTime() < now];
  if (pa !== pb) return pa ? 1 : -1;
  return pa ? b.getTime() - a.getTime() : a.getTime() - b.getTime();
}
