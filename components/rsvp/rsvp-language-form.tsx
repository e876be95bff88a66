// The RSVP page's language switcher: one button per language, posting to a server action that
// stores the choice on the participant (a page view never writes). Works without JavaScript.
import { localeNames, type Locale, locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

type Props = { token: string; current: Locale; label: string; action: (form: FormData) => Promise<void> };

export function RsvpLanguageForm({ token, current, label, action }: Props) {
  return (
    <form action={action} aria-label={label} className="flex gap-2 text-sm">
      <input type="hidden" name="rsvpToken" value={token} />
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="language"
          value={l}
          lang={l}
          aria-pressed={l === current}
          className={cn(
            "inline-flex min-h-10 items-center rounded-full border px-3",
            l === current ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 text-zinc-800 hover:bg-zinc-100",
          )}
        >
          {localeNames[l]}
        </button>
      ))}
    </form>
  );
}
