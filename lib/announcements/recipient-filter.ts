// Who an announcement is for: participants of the event narrowed by status, RSVP answer and whether
// they were checked in. Each criterion is one entry of `criteria` (its SQL and its words), so a new
// one — answers to registration questions (issue 17) — is one more field in the schema and one more
// entry here, and the start, the count, the history and the page all pick it up.
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { participants, participantStatuses } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { rsvpFilters } from "@/lib/validation/participant-list";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const announcementFilterSchema = z.object({
  // "any": every participant whatever their status.
  status: z.preprocess(blankToUndefined, z.enum([...participantStatuses, "any"], { error: "Choose a status" }).default("approved")),
  rsvp: z.preprocess(blankToUndefined, z.enum(rsvpFilters, { error: "Choose an RSVP answer" }).optional()),
  checkedIn: z.preprocess(blankToUndefined, z.enum(["yes", "no"], { error: "Choose checked in or not" }).optional()),
});

export type AnnouncementFilter = z.output<typeof announcementFilterSchema>;

type Words = ReturnType<typeof translator<"messaging">>;

type Criterion = {
  where: (f: AnnouncementFilter) => SQL | undefined;
  /** Its words, from messaging.announcements.filter in the reader's language. */
  describe: (f: AnnouncementFilter, t: Words) => string | undefined;
};

const activeCheckIn = sql`exists (select 1 from check_ins ci where ci.participant_id = ${participants.id} and ci.undone_at is null)`;

const criteria: Criterion[] = [
  {
    where: (f) => (f.status === "any" ? undefined : eq(participants.status, f.status)),
    describe: (f, t) => (f.status === "any" ? t("announcements.filter.all") : t(`announcements.filter.status.${f.status}`)),
  },
  {
    where: (f) =>
      f.rsvp === undefined ? undefined : f.rsvp === "none" ? isNull(participants.rsvpAnswer) : eq(participants.rsvpAnswer, f.rsvp),
    describe: (f, t) => (f.rsvp ? t(`announcements.filter.rsvp.${f.rsvp}`) : undefined),
  },
  {
    where: (f) => (f.checkedIn === undefined ? undefined : f.checkedIn === "yes" ? activeCheckIn : sql`not ${activeCheckIn}`),
    describe: (f, t) => (f.checkedIn ? t(`announcements.filter.checkedIn.${f.checkedIn}`) : undefined),
  },
];

/** The participants of one event an announcement's filter matches. */
export function recipientsWhere(eventId: string, filter: AnnouncementFilter): SQL {
  return and(eq(participants.eventId, eventId), ...criteria.map((c) => c.where(filter)))!;
}

/** "Participants approved · answered attending · not checked in", for the history and the confirmation. */
export function describeAnnouncementFilter(stored: unknown, locale: Locale = "en"): string {
  const t = translator(locale, "messaging");
  const parsed = announcementFilterSchema.safeParse(stored ?? {});
  if (!parsed.success) return t("announcements.filter.participants");
  return criteria
    .map((c) => c.describe(parsed.data, t))
    .filter(Boolean)
    .join(" · ");
}
