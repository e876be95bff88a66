// Root layout of the RSVP page: written in the participant's language (their choice, else their
// event's). A link that is not valid gets the visitor's language (browser, or English).
import type { Metadata, Viewport } from "next";
import { HtmlDocument } from "@/components/layout/html-document";
import { PUBLIC_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { rootMetadata, rootViewport } from "@/lib/i18n/root-metadata";
import "@/app/globals.css";
import { invitationFor } from "./invitation";

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

type Props = { children: React.ReactNode; params: Promise<{ token: string }> };

export default async function RsvpLayout({ children, params }: Props) {
  const invitation = await invitationFor((await params).token);
  return (
    <HtmlDocument locale={invitation?.locale ?? (await visitorLocale())} clientNamespaces={PUBLIC_NAMESPACES}>
      {children}
    </HtmlDocument>
  );
}
