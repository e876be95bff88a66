// Door pages (the check-in and the door staff's list of events) live outside the dashboard: door staff
// may use them, and the dashboard layout refuses door staff. No session check here: each page checks
// the session and the event itself. A root layout: <html lang> is the user's chosen language.
import type { Metadata, Viewport } from "next";
import { HtmlDocument } from "@/components/layout/html-document";
import { DOOR_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { rootMetadata, rootViewport } from "@/lib/i18n/root-metadata";
import { userLocale } from "@/lib/i18n/user-locale";
import "@/app/globals.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

export default async function DoorLayout({ children }: { children: React.ReactNode }) {
  return (
    <HtmlDocument locale={await userLocale()} clientNamespaces={DOOR_NAMESPACES}>
      <div className="flex min-h-dvh flex-col">{children}</div>
    </HtmlDocument>
  );
}
