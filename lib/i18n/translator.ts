// Translation outside React components' hooks: server pages, the worker's emails and PDFs. Uses the
// same ICU message format and catalogues as next-intl's useTranslations in client components.
import { createTranslator } from "next-intl";
import { type Messages, messagesFor } from "./catalogue";
import type { Locale } from "./locales";

export type { Locale } from "./locales";

type Namespace = keyof Messages;

export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace,
    // A key missing in both languages is a bug the catalogue test catches; on screen it shows as its
    // path, not as a crash.
    onError: () => {},
  });
}
