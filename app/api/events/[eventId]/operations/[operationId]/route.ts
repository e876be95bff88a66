// Any operation's progress as JSON (import, RSVP send, certificates), polled about once a second by
// the progress display while it runs. Read-only: an operation whose job is gone is settled by the
// orphan finder (a maintenance job), not here.
import { eventForApi } from "@/lib/auth/event-for-api";
import { db } from "@/lib/db/client";
import { userLocale } from "@/lib/i18n/user-locale";
import { readProgress } from "@/lib/operations/progress";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; operationId: string }> };

const noStore = { "Cache-Control": "private, no-store" };

export async function GET(_request: Request, { params }: Context) {
  const { eventId, operationId } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  const progress = await readProgress(db(), access.event.id, operationId, await userLocale());
  if (!progress) return Response.json({ error: "Not found" }, { status: 404, headers: noStore });
  return Response.json(progress, { headers: noStore });
}
