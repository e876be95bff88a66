// What every root layout declares about the document (there are several: one per area).
import type { Metadata, Viewport } from "next";

export const rootMetadata: Metadata = {
  title: { default: "EventDesk", template: "%s · EventDesk" },
  description: "Registrations, tickets, check-in and certificates for your events.",
};

export const rootViewport: Viewport = { width: "device-width", initialScale: 1 };
