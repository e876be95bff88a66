// An RSVP send's progress as JSON, polled about once a second by the event and operation pages while
// it runs. A running send whose job is gone (a worker killed on its last attempt, a job cancelled)
// has its pending recipients marked failed here, so the page never waits forever.
import { eventForApi } from "@/lib/auth/event-for-api";
import { db } from "@/lib/db/client";
import { getRsvpOperation } from "@/lib/db/queries/operations";
import { rsvpProgress } from "@/lib/rsvp/rsvp-progress";
import { failRsvpSendIfJobGone } from "@/lib/rsvp/rsvp-send-state";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; operationId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { eventId, operationId } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  let op = await getRsvpOperation(db(), access.event.id, operationId);
  if (!op) return Response.json({ error: "Not found" }, { status: 404, headers: { "Cache-Control": "private, no-store" } });
  if (op.state === "running" && (await failRsvpSendIfJobGone(db(), op.id))) op = (await getRsvpOperation(db(), access.event.id, operationId))!;
  return Response.json(rsvpProgress(op), { headers: { "Cache-Control": "private, no-store" } });
}
