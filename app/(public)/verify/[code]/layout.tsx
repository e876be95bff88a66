// Root layout of the certificate verification page. Whoever checks a certificate (often not its
// holder: an employer, a registry) reads it in their own language (browser or dashboard choice); the
// page marks the event's texts with the event's language.
import type { Metadata, Viewport } from "next";
import { HtmlDocument } from "@/components/layout/html-document";
import { PUBLIC_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { rootMetadata, rootViewport } from "@/lib/i18n/root-metadata";
import "@/app/globals.css";

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

export default async function VerifyLayout({ children }: { children: React.ReactNode }) {
  return (
    <HtmlDocument locale={await visitorLocale()} clientNamespaces={PUBLIC_NAMESPACES}>
      {children}
    </HtmlDocument>
  );
}
