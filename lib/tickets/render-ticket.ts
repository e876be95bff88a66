// Renders one participant's ticket to PDF bytes. Runs in the worker (rendering blocks the event loop
// for ~20 ms), never in a web request.
import { createElement } from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { Event, Participant } from "@/lib/db/schema";
import { eventDateText } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { loadFonts } from "@/lib/pdf/fonts";
import { TicketDocument } from "@/lib/pdf/ticket-document";
import { formatTicketCode } from "./ticket-code";

type EventFields = Pick<Event, "title" | "venue" | "startsAt" | "endsAt" | "timeZone"> & Partial<Pick<Event, "language">>;
type ParticipantFields = Pick<Participant, "firstName" | "lastName"> & Partial<Pick<Participant, "language">>;

export async function renderTicketPdf(event: EventFields, participant: ParticipantFields, code: string): Promise<Buffer> {
  await loadFonts();
  // Only the code goes into the QR. Upper-case base32 fits QR's alphanumeric mode: a small, sparse
  // symbol that phones read easily; level M survives a crease or a scratched screen.
  const qrPng = await QRCode.toBuffer(code, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 8 });
  // In the participant's language (their choice on a public page, else the event's).
  const locale = resolveLocale(participant.language, event.language);
  const t = translator(locale, "pdf");
  const document = createElement(TicketDocument, {
    locale,
    labels: {
      documentTitle: t("ticket.documentTitle", { title: event.title }),
      kicker: t("ticket.kicker"),
      dateAndTime: t("ticket.dateAndTime"),
      venue: t("ticket.venue"),
      venueTbd: t("ticket.venueTbd"),
      participant: t("ticket.participant"),
      footer: t("ticket.footer"),
    },
    eventTitle: event.title,
    eventDate: eventDateText(locale, event),
    venue: event.venue,
    participantName: `${participant.firstName} ${participant.lastName}`,
    displayCode: formatTicketCode(code),
    qrPng,
  });
  // TicketDocument renders a <Document>; renderToBuffer's type wants that element type itself.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
