"use client";
// The dashboard's language switcher: one button per language; the choice is stored on the user.
// Sends the current path along so the same page comes back in the new language.
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LanguageButtons } from "./language-buttons";

export function DashboardLanguageForm({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = useTranslations("common");
  const current = useLocale();
  const path = usePathname();
  return (
    <form action={action} aria-label={t("languageSwitcher")} className="flex gap-1 text-sm">
      <input type="hidden" name="back" value={path} />
      <LanguageButtons current={current} size="compact" />
    </form>
  );
}
