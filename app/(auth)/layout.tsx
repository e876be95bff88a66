// Setup and sign-in: a narrow column with the product name, no dashboard navigation. A root layout:
// <html lang> is the visitor's language (their dashboard choice on this browser, else the browser's).
import type { Metadata, Viewport } from "next";
import { HtmlDocument } from "@/components/layout/html-document";
import { AUTH_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { rootMetadata, rootViewport } from "@/lib/i18n/root-metadata";
import "@/app/globals.css";

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <HtmlDocument locale={await visitorLocale()} clientNamespaces={AUTH_NAMESPACES}>
      <div className="flex min-h-dvh flex-col items-center px-4 py-10 sm:py-16">
        <p className="mb-6 text-lg font-bold tracking-tight text-brand-700">EventDesk</p>
        <main id="main" tabIndex={-1} className="w-full max-w-md">
          {children}
        </main>
      </div>
    </HtmlDocument>
  );
}
