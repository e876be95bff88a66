// The participants of an event (all, or those the table's filter matches, in its order) as CSV
// text, produced a batch at a time from a database cursor: 50,000 participants never sit in memory
// together. UTF-8 with a byte-order mark (Excel then reads Greek correctly), formula-neutralised
// values, and a semicolon-separated variant for Excel in locales whose decimal mark is a comma.
// Times are written in the event's time zone, in a form spreadsheets recognise as a date (the same
// in every language); headings and labels are in the organizer's dashboard language, and so are
// answers' yes/no and country names (answer dates stay YYYY-MM-DD, numbers plain).
import { sql, type SQL } from "drizzle-orm";
import { csvLine, csvSeparator, UTF8_BOM, type CsvFormat } from "@/lib/csv/csv-line";
import { participantFilterWhere, participantOrder } from "@/lib/db/queries/participants";
import { participants, type Event } from "@/lib/db/schema";
import { streamRows } from "@/lib/db/stream-rows";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { Answers, Question } from "@/lib/questions/definitions";
import { waitlistPositionSql } from "@/lib/waitlist/waitlist-position";
import { answerInLanguage } from "@/lib/questions/answer-in-language";
import type { ParticipantListParams } from "@/lib/validation/participant-list";

export type ExportParams = Pick<ParticipantListParams, "q" | "status" | "source" | "sort" | "dir"> &
  Partial<Pick<ParticipantListParams, "answer">>;

type Row = {
  first_name: string;
  last_name: string;
  email: string;
  organisation: string | null;
  phone: string | null;
  status: string;
  waitlist_position: number | null;
  offer_expires_at: string | null;
  source: string;
  registered_at: string;
  rsvp_answer: string | null;
  checked_in_at: string | null;
  answers: Answers;
};

export function exportQuery(event: Pick<Event, "id" | "timeZone">, params: ExportParams): SQL {
  const local = (column: SQL) => sql`to_char(${column} at time zone ${event.timeZone}, 'YYYY-MM-DD HH24:MI:SS')`;
  return sql`
    select ${participants.firstName} as first_name, ${participants.lastName} as last_name, ${participants.email} as email,
           ${participants.organisation} as organisation, ${participants.phone} as phone, ${participants.status} as status,
           ${waitlistPositionSql("participants")} as waitlist_position,
           case when ${participants.status} = 'offered' then ${local(sql`${participants.offerExpiresAt}`)} end as offer_expires_at,
           ${participants.source} as source, ${local(sql`${participants.createdAt}`)} as registered_at,
           ${participants.rsvpAnswer} as rsvp_answer, ${local(sql`c.checked_in_at`)} as checked_in_at,
           ${participants.answers} as answers
    from ${participants}
    left join check_ins c on c.participant_id = ${participants.id} and c.undone_at is null
    where ${participantFilterWhere(event.id, params)}
    order by ${sql.join(participantOrder(params.sort, params.dir), sql`, `)}`;
}

export async function* participantsCsv(
  // With questions: one column per question, those removed from the form after them (their answers stay).
  event: Pick<Event, "id" | "timeZone"> & { questions?: Question[] },
  params: ExportParams,
  format: CsvFormat,
  batchSize = 1000,
  locale: Locale = "en",
): AsyncGenerator<string> {
  const sep = csvSeparator(format);
  const m = messagesFor(locale).dashboard.csv;
  const t = translator(locale, "dashboard");
  const statusLabels: Record<string, string> = m.statuses;
  const sourceLabels: Record<string, string> = m.sources;
  const rsvpLabels: Record<string, string> = m.rsvpAnswers;
  const questions = [...(event.questions ?? []).filter((q) => !q.removed), ...(event.questions ?? []).filter((q) => q.removed)];
  yield UTF8_BOM +
    csvLine(
      [
        m.firstName,
        m.lastName,
        m.email,
        m.organisation,
        m.phone,
        m.status,
        m.waitlistPosition,
        t("csv.offerExpiresAt", { zone: event.timeZone }),
        m.source,
        t("csv.registeredAt", { zone: event.timeZone }),
        m.rsvp,
        t("csv.checkedInAt", { zone: event.timeZone }),
        ...questions.map((q) => (q.removed ? t("csv.removedQuestion", { label: q.label }) : q.label)),
      ],
      sep,
    );
  for await (const rows of streamRows<Row>(exportQuery(event, params), batchSize)) {
    let text = "";
    for (const r of rows) {
      text += csvLine(
        [
          r.first_name,
          r.last_name,
          r.email,
          r.organisation,
          r.phone,
          statusLabels[r.status] ?? r.status,
          r.waitlist_position === null ? "" : String(r.waitlist_position),
          r.offer_expires_at,
          sourceLabels[r.source] ?? r.source,
          r.registered_at,
          r.rsvp_answer ? rsvpLabels[r.rsvp_answer] : "",
          r.checked_in_at,
          ...questions.map((q) => answerInLanguage(locale, q, r.answers?.[q.id], "iso")),
        ],
        sep,
      );
    }
    yield text;
  }
}
