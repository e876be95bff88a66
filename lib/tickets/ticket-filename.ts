// File names for a ticket PDF: "ticket-<event>-<name>.pdf" as people would write it. A download's
// header carries it in UTF-8 and transliterated (lib/http/content-disposition.ts); an email attachment
// takes the ASCII form ("Γιώργος" → "giorgos"), which every mail client shows the same way.
import { asciiFilename } from "@/lib/http/content-disposition";

export function ticketName(eventSlug: string, participantName?: string): string {
  return `ticket-${[eventSlug, participantName?.trim()].filter(Boolean).join("-") || "event"}.pdf`;
}

export function ticketFilename(eventSlug: string, participantName?: string): string {
  return asciiFilename(ticketName(eventSlug, participantName), "ticket.pdf");
}
