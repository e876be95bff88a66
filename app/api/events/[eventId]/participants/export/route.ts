// Participants as a CSV download: all of them, or those the participants table's filter matches
// (?q=&status=&source=&sort=&dir=, read by the table's own schema), in its order. ?format=semicolon
// writes `;`-separated CSV for Excel in locales whose decimal mark is a comma. Streamed from a
// database cursor, a batch at a time.
import { eventForApi } from "@/lib/auth/event-for-api";
import { csvHeaders } from "@/lib/csv/csv-line";
import { csvStream } from "@/lib/csv/csv-stream";
import { userLocale } from "@/lib/i18n/user-locale";
import { participantsCsv } from "@/lib/participants/export-participants-csv";
import { parseParticipantList } from "@/lib/validation/participant-list";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function GET(request: Request, { params }: Context) {
  const access = await eventForApi((await params).eventId);
  if (access instanceof Response) return access;
  const { event } = access;
  const search = new URL(request.url).searchParams;
  const list = parseParticipantList(Object.fromEntries(search));
  const format = search.get("format") === "semicolon" ? "semicolon" : "comma";
  const filtered = Boolean(list.q || list.status || list.source || list.rsvp || list.answer);
  const filename = `${event.slug}-participants${filtered ? "-filtered" : ""}${format === "semicolon" ? "-semicolon" : ""}.csv`;
  return new Response(csvStream(participantsCsv(event, list, format, 1000, await userLocale())), { headers: csvHeaders(filename) });
}
