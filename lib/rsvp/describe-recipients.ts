// Who a bulk RSVP send was for, as stored with the operation (params) and as the organizer reads it
// later on the operations pages: "Approved participants · RSVP not answered · matching “acme”", in
// the organizer's language (English by default).
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ParticipantFilter } from "@/lib/validation/participant-list";

export type RsvpSendParams = { scope: "selection"; selected: number } | { scope: "filter"; filter: ParticipantFilter };

const rsvpAnswers = ["attending", "declined", "none"] as const;
const sources = ["form", "csv", "dashboard"] as const;
const known = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

export function describeRecipients(params: unknown, locale: Locale = defaultLocale): string {
  const t = translator(locale, "activity");
  const p = params as Partial<RsvpSendParams> | null;
  if (p?.scope === "selection") return t("recipients.selection", { count: Number(p.selected) || 0 });
  if (p?.scope !== "filter" || !p.filter) return t("recipients.approved");
  const f = p.filter;
  const parts = [t("recipients.approved")];
  if (f.status && f.status !== "approved") parts[0] = t("recipients.withStatus", { status: f.status });
  if (f.rsvp) parts.push(t("recipients.rsvp", { answer: known(rsvpAnswers, f.rsvp) ? t(`recipients.answers.${f.rsvp}`) : f.rsvp }));
  if (f.source) parts.push(t("recipients.from", { source: known(sources, f.source) ? t(`recipients.sources.${f.source}`) : f.source }));
  if (f.q) parts.push(t("recipients.matching", { q: f.q }));
  return parts.join(" · ");
}
