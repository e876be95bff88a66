"use client";
// The dashboard's language switcher: one button per language; the choice is stored on the user.
// Sends the current path along so the same page comes back in the new language.
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localeNames, locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

export function DashboardLanguageForm({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = useTranslations("common");
  const current = useLocale();
  const path = usePathname();
  return (
    <form action={action} aria-label={t("languageSwitcher")} className="flex gap-1 text-sm">
      <input type="hidden" name="back" value={path} />
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="language"
          value={l}
          lang={l}
          aria-pressed={l === current}
          className={cn(
            "inline-flex min-h-9 items-center rounded-full border px-2.5",
            l === current ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 text-zinc-800 hover:bg-zinc-100",
          )}
        >
          {localeNames[l]}
        </button>
      ))}
    </form>
  );
}
