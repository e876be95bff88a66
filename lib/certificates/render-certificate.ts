// Renders one certificate to PDF bytes. Runs in the worker (and for the organizer's preview).
import { createElement } from "react";
import { eventAnswerKeys } from "@/lib/questions/answer-placeholders";
import type { Answers } from "@/lib/questions/definitions";
import { answerInLanguage } from "@/lib/questions/answer-in-language";
import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { Event } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { eventDateText, longDate } from "@/lib/i18n/format";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { CertificateDocument } from "./certificate-document";
import { fillCertificateText } from "./certificate-text";
import { loadCertificateFonts } from "./rtl-fonts";
import type { LoadedSettings } from "./load-settings";
import { formatVerificationCode } from "./verification-code";

type EventFields = Pick<Event, "title" | "venue" | "startsAt" | "endsAt" | "timeZone"> &
  Partial<Pick<Event, "language">> & { questions?: Event["questions"] };
/** The holder, with their own language choice when they made one (else the event's is used). */
export type Holder = { firstName: string; lastName: string; answers?: Answers; language?: string | null };

export function holderName(p: Holder): string {
  return `${p.firstName} ${p.lastName}`.trim();
}

export function verifyUrl(code: string): string {
  return new URL(`/verify/${encodeURIComponent(code)}`, env().APP_URL).toString();
}

export function issuerOf(settings: LoadedSettings["settings"], event: Pick<Event, "title">, locale: Locale = "en"): string {
  if (settings.signerName) return settings.signerTitle ? `${settings.signerName}, ${settings.signerTitle}` : settings.signerName;
  return translator(locale, "pdf")("certificate.defaultIssuer", { title: event.title });
}

/** The body text with its placeholders filled, answers in the holder's language. */
export function certificateBody(event: EventFields, settings: LoadedSettings["settings"], holder: Holder, locale: Locale): string {
  return fillCertificateText(settings.body, {
    full_name: holderName(holder),
    first_name: holder.firstName,
    last_name: holder.lastName,
    event_title: event.title,
    event_date: eventDateText(locale, event),
    venue: event.venue,
    hours: settings.extra,
    ...Object.fromEntries(
      eventAnswerKeys(event).map(({ key, question }) => [
        `answer.${key}`,
        answerInLanguage(locale, question, holder.answers?.[question.id]),
      ]),
    ),
  });
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
  const locale = resolveLocale(holder.language, event.language);
  const t = translator(locale, "pdf");
  const issuedOn = longDate(locale, issuedAt, event.timeZone);
  const shownUrl = url.replace(/^https?:\/\//, "");
  const body = certificateBody(event, settings, holder, locale);
  const document = createElement(CertificateDocument, {
    locale,
    labels: {
      presentedTo: t("certificate.presentedTo"),
      issued: t("certificate.issued", { date: issuedOn }),
      verifyAt: t("certificate.verifyAt"),
    },
    title: settings.title,
    holderName: name,
    body,
    signerName: settings.signerName,
    signerTitle: settings.signerTitle,
    issuer: issuerOf(settings, event, locale),
    issuedOn,
    orientation: settings.orientation,
    verifyUrl: shownUrl,
    displayCode: formatVerificationCode(code),
    qrPng,
    logo: loaded.logo,
    signature: loaded.signature,
  });
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
