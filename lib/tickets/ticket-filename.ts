// File names for a ticket PDF: ASCII, lower case, no path or quote characters, whatever the event's
// slug or the participant's name contain (names are transliterated: "Γιώργος" → "giorgos").
import slugify from "@sindresorhus/slugify";

export function ticketFilename(eventSlug: string, participantName?: string): string {
  const parts = [eventSlug, participantName].filter(Boolean).map((p) => slugify(p!, { decamelize: false }).slice(0, 60));
  return `ticket-${parts.filter(Boolean).join("-") || "event"}.pdf`;
}
