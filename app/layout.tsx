import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "EventDesk", template: "%s · EventDesk" },
  description: "Registrations, tickets, check-in and certificates for your events.",
};

// New string (English until the message catalogue of issue 18 lands).
const skipLinkText = "Skip to main content";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {/* The first stop of the keyboard on every page: past the header and the navigation. Every page's <main> is #main. */}
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:ring-2 focus:ring-brand-600"
        >
          {skipLinkText}
        </a>
        {children}
      </body>
    </html>
  );
}
