// Links to the same page in each language, each named in its own language (and marked with its lang
// so a screen reader pronounces it right). Plain links: works without JavaScript, on cached pages.
import { localeNames, type Locale, locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

type Props = { current: Locale; hrefFor: (locale: Locale) => string; label: string };

export function LanguageSwitcher({ current, hrefFor, label }: Props) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={hrefFor(l)}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? "true" : undefined}
              className={cn(
                "inline-flex min-h-10 items-center rounded-full border px-3",
                l === current ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 text-zinc-800 hover:bg-zinc-100",
              )}
            >
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
