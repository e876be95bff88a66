// POST /api/events/:eventId/check-in/manual {participantId, clientScanId}: check in someone found by
// the manual search. 404 for a participant who is not in this event. The answer carries the counters.
import { authorizeCheckInRequest, json, readBody } from "@/lib/check-in/authorize-check-in-request";
import { withCheckInCounters } from "@/lib/check-in/cached-counters";
import { checkInParticipant } from "@/lib/check-in/check-in-participant";
import { db } from "@/lib/db/client";
import { manualCheckInSchema } from "@/lib/validation/check-in";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function POST(request: Request, { params }: Context) {
  const gate = await authorizeCheckInRequest(request, (await params).eventId);
  if (gate instanceof Response) return gate;
  const body = await readBody(request, manualCheckInSchema);
  if (body instanceof Response) return body;
  const result = await checkInParticipant(db(), {
    eventId: gate.event.id,
    participantId: body.participantId,
    actor: { id: gate.user.id, name: gate.user.name, deviceId: gate.deviceId },
    clientScanId: body.clientScanId,
  });
  return result
    ? json(await withCheckInCounters(db(), gate.event.id, result))
    : json({ error: "This participant is not registered for this event" }, 404);
}
