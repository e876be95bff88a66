// The language switcher's buttons, one per language, each submitting its code as `language` in the
// form around it (the dashboard's and the RSVP page's switchers). Works without JavaScript.
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

export function LanguageButtons({ current, size }: { current: string; size: "compact" | "touch" }) {
  return locales.map((l: Locale) => (
    <button
      key={l}
      type="submit"
      name="language"
      value={l}
      lang={l}
      aria-pressed={l === current}
      className={cn(
        "inline-flex items-center rounded-full border",
        size === "compact" ? "min-h-9 px-2.5" : "min-h-10 px-3",
        l === current ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 text-zinc-800 hover:bg-zinc-100",
      )}
    >
      {localeNames[l]}
    </button>
  ));
}
