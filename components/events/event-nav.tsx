"use client";
// Tabs under an event's title, one per area of work on the event. The current tab is marked
// for sighted users and screen readers alike; on a phone the row scrolls sideways instead of wrapping,
// with a fade and an arrow on the side where more tabs are, and the current tab scrolled into view.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ScrollArea } from "@/components/ui/scroll-area";
import { cn } from "@/lib/ui/cn";

type TabKey =
  | "overview"
  | "participants"
  | "questions"
  | "import"
  | "emails"
  | "announcements"
  | "activity"
  | "checkIn"
  | "certificates"
  | "privacy";
type Tab = { href: string; key: TabKey; current: (path: string, base: string) => boolean };

const tabs = (base: string): Tab[] => [
  // The edit page belongs to the overview: it edits what the overview shows.
  { href: base, key: "overview", current: (p) => p === base || p === `${base}/edit` },
  { href: `${base}/participants`, key: "participants", current: (p) => p.startsWith(`${base}/participants`) },
  { href: `${base}/questions`, key: "questions", current: (p) => p.startsWith(`${base}/questions`) },
  { href: `${base}/import`, key: "import", current: (p) => p.startsWith(`${base}/import`) },
  { href: `${base}/emails`, key: "emails", current: (p) => p.startsWith(`${base}/emails`) },
  { href: `${base}/announcements`, key: "announcements", current: (p) => p.startsWith(`${base}/announcements`) },
  // One tab for the status of emails and background work: the Deliveries and Operations pages are
  // reached from it (and stay its tab's pages).
  {
    href: `${base}/activity`,
    key: "activity",
    current: (p) => ["activity", "deliveries", "operations"].some((part) => p.startsWith(`${base}/${part}`)),
  },
  { href: `${base}/check-in`, key: "checkIn", current: (p) => p.startsWith(`${base}/check-in`) },
  { href: `${base}/certificates`, key: "certificates", current: (p) => p.startsWith(`${base}/certificates`) },
  { href: `${base}/privacy`, key: "privacy", current: (p) => p.startsWith(`${base}/privacy`) },
];

export function EventNav({ eventId, className }: { eventId: string; className?: string }) {
  const pathname = usePathname();
  const t = useTranslations("events.tabs");
  const base = `/events/${eventId}`;
  const list = useRef<HTMLUListElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: again after each navigation
  useEffect(() => {
    list.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav aria-label={t("label")} className={cn("-mx-4 border-b border-zinc-200 sm:mx-0", className)}>
      <ScrollArea innerClassName="px-4 sm:px-0">
        <ul ref={list} className="flex min-w-max gap-1">
          {tabs(base).map((tab) => {
            const current = tab.current(pathname, base);
            return (
              <li key={tab.href}>
                <Link
                  href={tab.href}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "-mb-px inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium text-zinc-600 hover:border-zinc-300 hover:text-zinc-900",
                    current && "border-brand-600 text-brand-700 hover:border-brand-600 hover:text-brand-700",
                  )}
                >
                  {t(tab.key)}
                </Link>
              </li>
            );
          })}
        </ul>
      </ScrollArea>
    </nav>
  );
}
