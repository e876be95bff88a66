// The "you are registered" page's content, shared by ./page.tsx and ./waitlist/page.tsx.
import Link from "next/link";
import { AddToCalendar } from "@/components/registration/add-to-calendar";
import { Alert } from "@/components/ui/alert";
import { calendarLinks } from "@/lib/calendar/calendar-links";
import { eventPageUrl } from "@/lib/calendar/event-calendar";
import { loadPublicEvent } from "@/lib/events/public-event-page";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { decodeSlug } from "../slug";

async function eventOf(slug: string) {
  const decoded = decodeSlug(slug);
  return decoded ? await loadPublicEvent(decoded).catch(() => null) : null;
}

export async function localeOf(slug: string, lang: string) {
  return resolveLocale(lang, (await eventOf(slug))?.language);
}

/** The page, and (waitlisted) its /waitlist variant: a full event's waitlist took the registration. */
export async function RegisteredView({ slug, lang, waitlisted }: { slug: string; lang: string; waitlisted: boolean }) {
  // The event's public details, from the same cache as its page (no query of its own once cached).
  const event = await eventOf(slug);
  const locale = resolveLocale(lang, event?.language);
  const t = translator(locale, "public");
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-6 sm:py-12">
      <Alert tone="success" className="text-base">
        <p className="font-semibold">{waitlisted ? t("form.waitlistTitle") : t("form.thanksTitle")}</p>
        <p className="mt-1">{waitlisted ? t("form.waitlistBodyNoEmail") : t("form.thanksBodyNoEmail")}</p>
        {event && !event.cancelled && !waitlisted && (
          <AddToCalendar links={calendarLinks({ ...event, eventUrl: eventPageUrl(event.slug) })} locale={locale} />
        )}
      </Alert>
      <p className="mt-6">
        <Link href={`/e/${encodeURIComponent(slug.slice(0, 80))}`} className="text-brand-700 underline">
          {t("form.backToEvent")}
        </Link>
      </p>
    </main>
  );
}
