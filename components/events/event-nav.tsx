"use client";
// Tabs under an event's title, one per area of work on the event. The current tab is marked
// for sighted users and screen readers alike; on a phone the row scrolls sideways instead of wrapping.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/ui/cn";

type Tab = { href: string; label: string; current: (path: string, base: string) => boolean };

const tabs = (base: string): Tab[] => [
  // The edit page belongs to the overview: it edits what the overview shows.
  { href: base, label: "Overview", current: (p) => p === base || p === `${base}/edit` },
  { href: `${base}/participants`, label: "Participants", current: (p) => p.startsWith(`${base}/participants`) },
  { href: `${base}/questions`, label: "Questions", current: (p) => p.startsWith(`${base}/questions`) },
  { href: `${base}/import`, label: "Import", current: (p) => p.startsWith(`${base}/import`) },
  { href: `${base}/emails`, label: "Emails", current: (p) => p.startsWith(`${base}/emails`) },
  { href: `${base}/announcements`, label: "Announcements", current: (p) => p.startsWith(`${base}/announcements`) },
  { href: `${base}/deliveries`, label: "Deliveries", current: (p) => p.startsWith(`${base}/deliveries`) },
  { href: `${base}/operations`, label: "Operations", current: (p) => p.startsWith(`${base}/operations`) },
  { href: `${base}/check-in`, label: "Check-in", current: (p) => p.startsWith(`${base}/check-in`) },
  { href: `${base}/certificates`, label: "Certificates", current: (p) => p.startsWith(`${base}/certificates`) },
  { href: `${base}/privacy`, label: "Privacy", current: (p) => p.startsWith(`${base}/privacy`) },
];

export function EventNav({ eventId, className }: { eventId: string; className?: string }) {
  const pathname = usePathname();
  const base = `/events/${eventId}`;
  return (
    <nav aria-label="Event" className={cn("-mx-4 overflow-x-auto border-b border-zinc-200 px-4 sm:mx-0 sm:px-0", className)}>
      <ul className="flex min-w-max gap-1">
        {tabs(base).map((t) => {
          const current = t.current(pathname, base);
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium text-zinc-600 hover:border-zinc-300 hover:text-zinc-900",
                  current && "border-brand-600 text-brand-700 hover:border-brand-600 hover:text-brand-700",
                )}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
