// Translation outside React components' hooks: server pages, the worker's emails and PDFs. Uses the
// same ICU message format and catalogues as next-intl's useTranslations in client components.
import { createTranslator } from "next-intl";
import { type Messages, messagesFor } from "./catalogue";
import type { Locale } from "./locales";

export type { Locale } from "./locales";

type Namespace = keyof Messages;

function createFor<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace,
    // A key missing in both languages is a bug the catalogue test catches; on screen it shows as its
    // path, not as a crash.
    onError: () => {},
  });
}

// One translator per language and namespace for the process: each keeps the compiled form of the
// messages it has formatted, so a message is parsed once, not on every request or email.
const made = new Map<string, unknown>();

export function translator<N extends Namespace>(locale: Locale, namespace: N): ReturnType<typeof createFor<N>> {
  const key = `${locale}:${namespace}`;
  let t = made.get(key) as ReturnType<typeof createFor<N>> | undefined;
  if (!t) {
    t = createFor(locale, namespace);
    made.set(key, t);
  }
  return t;
}
