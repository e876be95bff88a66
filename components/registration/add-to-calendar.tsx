// "Add to calendar" links under the registration confirmation: Google, Outlook, or the .ics file.
import type { CalendarLinks } from "@/lib/calendar/calendar-links";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

const linkClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium text-zinc-900 hover:bg-zinc-50";

export function AddToCalendar({ links, locale }: { links: CalendarLinks; locale: Locale }) {
  const t = translator(locale, "public");
  return (
    <nav aria-label={t("calendar.title")} className="mt-4 space-y-2">
      <p className="text-sm font-medium text-zinc-800">{t("calendar.title")}</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <a href={links.google} target="_blank" rel="noopener noreferrer" className={linkClass}>
          {t("calendar.google")}
        </a>
        <a href={links.outlook} target="_blank" rel="noopener noreferrer" className={linkClass}>
          {t("calendar.outlook")}
        </a>
        <a href={links.ics} download className={linkClass}>
          {t("calendar.ics")}
        </a>
      </div>
    </nav>
  );
}
