// Dashboard frame (a root layout: <html lang> is the user's dashboard language): header with
// navigation, the language switcher, the signed-in user and sign out. The session check
// here only saves a render; every page, action and route handler checks again itself.
import type { Metadata, Viewport } from "next";
import { redirect } from "next/navigation";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { SendingPausedBanner } from "@/components/deliveries/sending-paused-banner";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getSendingPauses } from "@/lib/email/sending-pause";
import { HtmlDocument } from "@/components/layout/html-document";
import { rootMetadata, rootViewport } from "@/lib/i18n/root-metadata";
import { userLocale } from "@/lib/i18n/user-locale";
import { chooseDashboardLanguageAction } from "./account/language-actions";
import "@/app/globals.css";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (!user || user.role === "door_staff") redirect("/sign-in");
  // Owners see a paused sender on every page, Jobs included (a broken key or domain is theirs to
  // fix); other organizers see it on Deliveries.
  const pauses = user.role === "owner" ? await getSendingPauses(db()) : [];
  return (
    <HtmlDocument locale={await userLocale()}>
      <div className="flex min-h-dvh flex-col">
        <DashboardHeader userName={user.name} owner={user.role === "owner"} languageAction={chooseDashboardLanguageAction} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
          {pauses.length > 0 && (
            <div className="mb-6">
              <SendingPausedBanner pauses={pauses} />
            </div>
          )}
          {children}
        </main>
      </div>
    </HtmlDocument>
  );
}
