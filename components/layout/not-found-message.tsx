"use client";
// "Page not found" in the area's language, for each root layout's not-found page. A client component:
// it reads the language from the layout's provider, also on cached public pages.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function NotFoundMessage() {
  const t = useTranslations("common.notFound");
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-zinc-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {t("home")}
      </Link>
    </main>
  );
}
