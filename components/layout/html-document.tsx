// The <html> of every root layout (public event pages, RSVP, verification, dashboard, door, auth):
// its lang is the language the page is written in, and client components get that language's
// catalogue through next-intl. One file, so the product's frame is written once.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { type Messages, messagesFor, messagesIn } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

type Props = {
  locale: Locale;
  children: React.ReactNode;
  /** The catalogue's parts the area's client components read (lib/i18n/client-namespaces.ts); all of it when not given. */
  clientNamespaces?: readonly (keyof Messages)[];
};

export function HtmlDocument({ locale, children, clientNamespaces }: Props) {
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
        <NextIntlClientProvider
          locale={locale}
          messages={clientNamespaces ? messagesIn(locale, clientNamespaces) : messagesFor(locale)}
          timeZone="UTC"
        >
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
