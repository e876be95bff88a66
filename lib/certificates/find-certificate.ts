// Lookups of stored certificates: by verification code (public /verify page: only what it shows)
// and by participant (organizer download).
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { certificates, events, participants } from "@/lib/db/schema";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { issuerOf } from "./render-certificate";
import { loadSettings } from "./load-settings";
import { normalizeVerificationCode } from "./verification-code";

export type Verification =
  | { status: "invalid" }
  | {
      status: "valid" | "revoked";
      holderName: string;
      eventTitle: string;
      issuedAt: Date;
      timeZone: string;
      issuer: string;
      revokedAt: Date | null;
      /** The holder's language, else the event's: the page's language. */
      locale: Locale;
    };

export async function verifyCertificate(db: DbOrTx, rawCode: string): Promise<Verification> {
  let text = rawCode;
  try {
    text = decodeURIComponent(rawCode);
  } catch {
    // Not percent-encoded after all: use it as typed.
  }
  const code = normalizeVerificationCode(text.replace(/\/+$/, ""));
  if (!code) return { status: "invalid" };
  const [row] = await db
    .select({
      holderName: certificates.holderName,
      issuedAt: certificates.issuedAt,
      revokedAt: certificates.revokedAt,
      eventId: events.id,
      title: events.title,
      timeZone: events.timeZone,
      eventLanguage: events.language,
      holderLanguage: participants.language,
    })
    .from(certificates)
    .innerJoin(events, eq(events.id, certificates.eventId))
    .leftJoin(participants, eq(participants.id, certificates.participantId))
    .where(eq(certificates.code, code));
  if (!row) return { status: "invalid" };
  const { settings } = await loadSettings(db, row.eventId);
  const locale = resolveLocale(row.holderLanguage, row.eventLanguage);
  return {
    locale,
    status: row.revokedAt ? "revoked" : "valid",
    holderName: row.holderName,
    eventTitle: row.title,
    issuedAt: row.issuedAt,
    timeZone: row.timeZone,
    issuer: issuerOf(settings, { title: row.title }, locale),
    revokedAt: row.revokedAt,
  };
}

export async function validCertificateFor(db: DbOrTx, eventId: string, participantId: string) {
  const [row] = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.eventId, eventId), eq(certificates.participantId, participantId), isNull(certificates.revokedAt)));
  return row ?? null;
}
