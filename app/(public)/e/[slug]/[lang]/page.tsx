// Public event page with the registration form (phone first). Served from Next's cache: rendered on
// the first visit of a slug in a language, then kept until the event changes (its tag,
// lib/events/public-event-page.ts) or the backstop revalidation passes. Seats are fetched live by
// LiveRegistration. The language is the visitor's choice or the event's (see ./layout.tsx); the
// event's own texts carry the event's lang when the page is in another.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LiveRegistration } from "@/components/registration/live-registration";
import { AddToCalendar } from "@/components/registration/add-to-calendar";
import { RegistrationForm } from "@/components/registration/registration-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LinkedText, OrganizerLink } from "@/components/ui/linked-text";
import { calendarLinks } from "@/lib/calendar/calendar-links";
import { eventPageUrl } from "@/lib/calendar/event-calendar";
import { loadPublicEvent, type PublicEvent } from "@/lib/events/public-event-page";
import { eventDateText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { registrationIsOpen } from "@/lib/participants/register-participant";
import { registerAction } from "../actions";
import { decodeSlug } from "./slug";

function links(event: PublicEvent) {
  return calendarLinks({ ...event, eventUrl: eventPageUrl(event.slug) });
}

// Must be a literal for Next; PUBLIC_PAGE_REVALIDATE_SECONDS says the same.
export const revalidate = 300;

// No page is built ahead: each slug is rendered on its first visit and cached from then on.
export function generateStaticParams(): { slug: string; lang: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; lang: string }> };

async function load(slug: string) {
  const decoded = decodeSlug(slug);
  return decoded ? loadPublicEvent(decoded) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params;
  const event = await load(slug);
  return { title: event ? event.title : translator(resolveLocale(lang), "public")("event.notFoundTitle") };
}

export default async function EventPage({ params }: Props) {
  const { slug, lang } = await params;
  const event = await load(slug);
  if (!event) notFound();
  const locale = resolveLocale(lang, event.language);
  const t = translator(locale, "public");
  const common = translator(locale, "common");
  const words = translator(locale, "events");
  const { organizer, cover } = event;
  const hasOrganizer = Boolean(organizer.name || organizer.email || organizer.phone || organizer.url);
  const open = registrationIsOpen(event);
  const path = `/e/${encodeURIComponent(event.slug)}`;
  // The event's texts are written in the event's language, whatever the page's.
  const textLang = event.language !== locale ? event.language : undefined;

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-6 sm:py-12">
      <div className="mb-4 flex justify-end">
        <LanguageSwitcher current={locale} label={common("languageSwitcher")} hrefFor={(l) => `${path}?lang=${l}`} />
      </div>
      {cover && (
        // The event's own picture: its size is known, so the page keeps its place while it loads.
        // biome-ignore lint/performance/noImgElement: a stored upload with a stable address; no optimiser needed
        <img
          src={cover.src}
          alt={event.title}
          width={cover.width}
          height={cover.height}
          fetchPriority="high"
          className="mb-6 block h-auto max-h-96 w-full rounded-lg object-cover"
        />
      )}
      <header className="space-y-2">
        <h1 lang={textLang} className="text-2xl font-bold tracking-tight break-words sm:text-3xl">
          {event.title}
        </h1>
        <p className="text-zinc-700">{eventDateText(locale, event)}</p>
        {event.venue && (
          <p lang={textLang} className="text-zinc-700">
            {event.venue}
          </p>
        )}
      </header>
      {event.description && (
        <div lang={textLang} className="mt-6 whitespace-pre-line break-words text-zinc-800">
          <LinkedText text={event.description} />
        </div>
      )}
      {hasOrganizer && (
        <section aria-labelledby="organizer-heading" className="mt-6 space-y-1 text-zinc-800" data-testid="event-organizer">
          <h2 id="organizer-heading" className="text-base font-semibold">
            {words("public.organizerHeading")}
          </h2>
          {organizer.name && (
            <p lang={textLang} className="break-words">
              {organizer.name}
            </p>
          )}
          <ul className="space-y-1 text-sm">
            {organizer.email && (
              <li>
                <span className="text-zinc-600">{words("public.email")}: </span>
                <a href={`mailto:${organizer.email}`} className="break-all text-brand-600 underline hover:text-brand-700">
                  {organizer.email}
                </a>
              </li>
            )}
            {organizer.phone && (
              <li>
                <span className="text-zinc-600">{words("public.phone")}: </span>
                <a href={`tel:${organizer.phone.replace(/[^0-9+]/g, "")}`} className="text-brand-600 underline hover:text-brand-700">
                  {organizer.phone}
                </a>
              </li>
            )}
            {/* Stored only as http(s) (validated and a database check), so never a javascript: link. */}
            {organizer.url && /^https?:\/\//i.test(organizer.url) && (
              <li>
                <span className="text-zinc-600">{words("public.website")}: </span>
                <OrganizerLink href={organizer.url}>{organizer.url}</OrganizerLink>
              </li>
            )}
          </ul>
        </section>
      )}
      {event.cancelled ? (
        <Alert tone="warning" className="mt-8" data-testid="event-cancelled">
          {t("event.cancelled")}
        </Alert>
      ) : (
        <Card className="mt-8 p-4 sm:p-6">
          <h2 className="mb-4 text-lg font-semibold">{t("event.register")}</h2>
          <LiveRegistration slug={event.slug} initial={{ open, full: false }}>
            <RegistrationForm
              action={registerAction.bind(null, event.slug)}
              postWithoutScript={`/e/${encodeURIComponent(event.slug)}/register`}
              eventTitle={event.title}
              language={{ locale, chosen: lang !== "auto" }}
              questions={event.questions}
              afterRegistered={<AddToCalendar links={links(event)} locale={locale} />}
              challenge={{ mode: event.registrationChallenge, url: `/e/${encodeURIComponent(event.slug)}/challenge` }}
            />
          </LiveRegistration>
        </Card>
      )}
    </main>
  );
}
