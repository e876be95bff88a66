// The <html> of every root layout (public event pages, RSVP, verification, dashboard, door, auth):
// its lang is the language the page is written in, and client components get that language's
// catalogue through next-intl. One file, so the product's frame is written once.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export function HtmlDocument({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        {/* The first stop of the keyboard on every page: past the header and the navigation. Every page's <main> is #main. */}
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:ring-2 focus:ring-brand-600"
        >
          {translator(locale, "common")("skipLink")}
        </a>
        <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
