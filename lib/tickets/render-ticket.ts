// Renders one participant's ticket to PDF bytes. Runs in the worker (rendering blocks the event loop
// for ~20 ms), never in a web request.
import { createElement } from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { Event, Participant } from "@/lib/db/schema";
import { formatEventDate } from "@/lib/events/time";
import { loadFonts } from "@/lib/pdf/fonts";
import { TicketDocument } from "@/lib/pdf/ticket-document";
import { formatTicketCode } from "./ticket-code";

type EventFields = Pick<Event, "title" | "venue" | "startsAt" | "endsAt" | "timeZone">;
type ParticipantFields = Pick<Participant, "firstName" | "lastName">;

export async function renderTicketPdf(event: EventFields, participant: ParticipantFields, code: string): Promise<Buffer> {
  await loadFonts();
  // Only the code goes into the QR. Upper-case base32 fits QR's alphanumeric mode: a small, sparse
  // symbol that phones read easily; level M survives a crease or a scratched screen.
  const qrPng = await QRCode.toBuffer(code, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 8 });
  const document = createElement(TicketDocument, {
    eventTitle: event.title,
    eventDate: formatEventDate(event.startsAt, event.endsAt, event.timeZone),
    venue: event.venue,
    participantName: `${participant.firstName} ${participant.lastName}`,
    displayCode: formatTicketCode(code),
    qrPng,
  });
  // TicketDocument renders a <Document>; renderToBuffer's type wants that element type itself.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
