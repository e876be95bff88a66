// The <html> of every root layout (public event pages, RSVP, verification, dashboard, door, auth):
// its lang is the language the page is written in, and client components get that language's
// catalogue through next-intl. One file, so the product's frame is written once.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

export function HtmlDocument({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
