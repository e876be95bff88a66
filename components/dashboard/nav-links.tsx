"use client";
// Main navigation; the current section is marked for sighted users and screen readers alike.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

const links = [
  { href: "/events", label: "events" },
  { href: "/outbox", label: "outbox" },
] as const;

// Staff accounts are the owner's to manage; the page itself refuses everyone else too.
const ownerLinks = [...links, { href: "/staff", label: "staff" }, { href: "/jobs", label: "jobs" }] as const;

export function NavLinks({ className, owner = false }: { className?: string; owner?: boolean }) {
  const pathname = usePathname();
  const t = useTranslations("dashboard.nav");
  return (
    <nav aria-label={t("label")} className={className}>
      <ul className="flex gap-1">
        {(owner ? ownerLinks : links).map((l) => {
          const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center rounded-md px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100",
                  current && "bg-brand-50 text-brand-700",
                )}
              >
                {t(l.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
