// Root layout of a public event's pages. [lang] comes from the proxy's rewrite (the visitor's choice,
// or "auto": the event's own language), so each language is one cached render. An unsupported code
// is the event's language; an unknown event is English.
import type { Metadata, Viewport } from "next";
import { HtmlDocument } from "@/components/layout/html-document";
import { PUBLIC_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { loadPublicEvent } from "@/lib/events/public-event-page";
import { resolveLocale } from "@/lib/i18n/locales";
import { rootMetadata, rootViewport } from "@/lib/i18n/root-metadata";
import "@/app/globals.css";
import { decodeSlug } from "./slug";

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

type Props = { children: React.ReactNode; params: Promise<{ slug: string; lang: string }> };

export default async function PublicEventLayout({ children, params }: Props) {
  const { slug, lang } = await params;
  const decoded = decodeSlug(slug);
  const event = decoded ? await loadPublicEvent(decoded) : null;
  return (
    <HtmlDocument locale={resolveLocale(lang, event?.language)} clientNamespaces={PUBLIC_NAMESPACES}>
      {children}
    </HtmlDocument>
  );
}
