// One link per kind of email. Plain links (?kind=…), so each email has its own address and the
// row wraps onto several lines on a phone instead of hiding tabs off-screen.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

type Tab = { kind: string; label: string; custom: boolean };

type Props = { eventId: string; language: string; current: string; tabs: Tab[] };

export function EmailKindTabs({ eventId, language, current, tabs }: Props) {
  const t = useTranslations("messaging.templates");
  return (
    <nav aria-label={t("tabsNav")}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.kind === current;
          return (
            <li key={tab.kind}>
              <Link
                href={`/events/${eventId}/emails?kind=${tab.kind}&lang=${language}`}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center gap-2 rounded-full border px-4 py-1.5 text-sm font-medium",
                  active ? "border-brand-600 bg-brand-600 text-white" : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100",
                )}
              >
                {tab.label}
                {tab.custom && (
                  <span className={cn("rounded-full px-1.5 text-xs font-normal", active ? "bg-white/20" : "bg-zinc-100 text-zinc-600")}>
                    {t("edited")}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
