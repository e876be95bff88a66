// Any RSVP link that is not valid (cut short, altered, replaced by a newer one, unknown) gets this
// same page: it says what to do and nothing about whom the link might have been for.
import { useTranslations } from "next-intl";

export default function RsvpLinkNotFound() {
  const t = useTranslations("public.rsvp");
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-2xl font-bold tracking-tight">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-zinc-700">{t("notFoundBody1")}</p>
      <p className="mt-3 text-zinc-700">{t("notFoundBody2")}</p>
    </main>
  );
}
