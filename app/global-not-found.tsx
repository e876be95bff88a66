// The one "not found" page for addresses no area claims (there are several root layouts, one per
// area). It cannot know whose page it is, so it speaks both languages, each part marked with its lang.
import type { Metadata } from "next";
import Link from "next/link";
import { messagesFor } from "@/lib/i18n/catalogue";
import { localeNames, locales } from "@/lib/i18n/locales";
import "./globals.css";

export const metadata: Metadata = { title: messagesFor("en").common.notFound.title };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <main id="main" tabIndex={-1} className="mx-auto max-w-md space-y-10 px-4 py-16 text-center">
          {locales.map((l) => {
            const m = messagesFor(l).common.notFound;
            return (
              <section key={l} lang={l} aria-label={localeNames[l]}>
                <h1 className="text-2xl font-bold">{m.title}</h1>
                <p className="mt-3 text-zinc-600">{m.body}</p>
                <Link href="/" className="mt-6 inline-block text-brand-600 underline">
                  {m.home}
                </Link>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
