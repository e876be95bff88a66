// Where a registration posted without JavaScript lands (303 from the action): a small page with no
// database query of its own (the layout's event lookup is cached), rendered once per event and
// language and then served from the cache. A refresh shows it again and posts nothing. The address
// is not in the URL: it would end up in logs and browser history.
import type { Metadata } from "next";
import Link from "next/link";
import { AddToCalendar } from "@/components/registration/add-to-calendar";
import { Alert } from "@/components/ui/alert";
import { calendarLinks } from "@/lib/calendar/calendar-links";
import { eventPageUrl } from "@/lib/calendar/event-calendar";
import { loadPublicEvent } from "@/lib/events/public-event-page";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { decodeSlug } from "../slug";

// No paths at build time; each one is rendered on its first visit and cached.
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; lang: string }>; searchParams: Promise<{ waitlist?: string }> };

async function eventOf(slug: string) {
  const decoded = decodeSlug(slug);
  return decoded ? await loadPublicEvent(decoded).catch(() => null) : null;
}

async function localeOf(slug: string, lang: string) {
  return resolveLocale(lang, (await eventOf(slug))?.language);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params;
  return { title: translator(await localeOf(slug, lang), "public")("form.registeredTitle") };
}

export default async function RegisteredPage({ params, searchParams }: Props) {
  const { slug, lang } = await params;
  // The event's public details, from the same cache as its page (no query of its own once cached).
  const event = await eventOf(slug);
  const locale = resolveLocale(lang, event?.language);
  const t = translator(locale, "public");
  const waitlisted = (await searchParams).waitlist === "1";
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
