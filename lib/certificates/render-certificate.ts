// Renders one certificate to PDF bytes. Runs in the worker (and for the organizer's preview).
import { createElement } from "react";
import { eventAnswerKeys } from "@/lib/questions/answer-placeholders";
import type { Answers } from "@/lib/questions/definitions";
import { formatAnswer } from "@/lib/questions/format-answer";
import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { Event } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { formatEventDate } from "@/lib/events/time";
import { CertificateDocument } from "./certificate-document";
import { fillCertificateText } from "./certificate-text";
import { loadCertificateFonts } from "./rtl-fonts";
import type { LoadedSettings } from "./load-settings";
import { formatVerificationCode } from "./verification-code";

type EventFields = Pick<Event, "title" | "venue" | "startsAt" | "endsAt" | "timeZone"> & { questions?: Event["questions"] };
export type Holder = { firstName: string; lastName: string; answers?: Answers };

export function holderName(p: Holder): string {
  return `${p.firstName} ${p.lastName}`.trim();
}

export function verifyUrl(code: string): string {
  return new URL(`/verify/${encodeURIComponent(code)}`, env().APP_URL).toString();
}

export function issuerOf(settings: LoadedSettings["settings"], event: Pick<Event, "title">): string {
  if (settings.signerName) return settings.signerTitle ? `${settings.signerName}, ${settings.signerTitle}` : settings.signerName;
  return `The organizers of ${event.title}`;
}

export async function renderCertificatePdf(
  event: EventFields,
  loaded: LoadedSettings,
  holder: Holder,
  code: string,
  issuedAt: Date,
): Promise<Buffer> {
  await loadCertificateFonts();
  const { settings } = loaded;
  const url = verifyUrl(code);
  const qrPng = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 6 });
  const name = holderName(holder);
  const eventDate = formatEventDate(event.startsAt, event.endsAt, event.timeZone);
  const body = fillCertificateText(settings.body, {
    full_name: name,
    first_name: holder.firstName,
    last_name: holder.lastName,
    event_title: event.title,
    event_date: eventDate,
    venue: event.venue,
    hours: settings.extra,
    ...Object.fromEntries(
      eventAnswerKeys(event).map(({ key, question }) => [`answer.${key}`, formatAnswer(question, holder.answers?.[question.id])]),
    ),
  });
  const document = createElement(CertificateDocument, {
    title: settings.title,
    holderName: name,
    body,
    signerName: settings.signerName,
    signerTitle: settings.signerTitle,
    issuer: issuerOf(settings, event),
    issuedOn: issuedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: event.timeZone }),
    orientation: settings.orientation,
    verifyUrl: url.replace(/^https?:\/\//, ""),
    displayCode: formatVerificationCode(code),
    qrPng,
    logo: loaded.logo,
    signature: loaded.signature,
  });
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
