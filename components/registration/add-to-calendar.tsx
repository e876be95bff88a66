// "Add to calendar" links under the registration confirmation: Google, Outlook, or the .ics file.
import type { CalendarLinks } from "@/lib/calendar/calendar-links";

const linkClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium text-zinc-900 hover:bg-zinc-50";

export function AddToCalendar({ links }: { links: CalendarLinks }) {
  return (
    <nav aria-label="Add to calendar" className="mt-4 space-y-2">
      <p className="text-sm font-medium text-zinc-800">Add to calendar</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <a href={links.google} target="_blank" rel="noopener noreferrer" className={linkClass}>
          Google Calendar
        </a>
        <a href={links.outlook} target="_blank" rel="noopener noreferrer" className={linkClass}>
          Outlook
        </a>
        <a href={links.ics} download className={linkClass}>
          Download .ics
        </a>
      </div>
    </nav>
  );
}
