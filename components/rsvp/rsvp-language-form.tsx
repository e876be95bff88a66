// The RSVP page's language switcher: one button per language, posting to a server action that
// stores the choice on the participant (a page view never writes). Works without JavaScript.
import { LanguageButtons } from "@/components/layout/language-buttons";
import type { Locale } from "@/lib/i18n/locales";

type Props = { token: string; current: Locale; label: string; action: (form: FormData) => Promise<void> };

export function RsvpLanguageForm({ token, current, label, action }: Props) {
  return (
    <form action={action} aria-label={label} className="flex gap-2 text-sm">
      <input type="hidden" name="rsvpToken" value={token} />
      <LanguageButtons current={current} size="touch" />
    </form>
  );
}
