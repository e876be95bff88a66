// POST /api/events/:eventId/check-in/undo {participantId}: undo the participant's check-in. The row
// is kept, marked with who undid it. Undoing twice answers 409 the second time. The answer carries
// the counters after the undo.
import { authorizeCheckInRequest, json, readBody } from "@/lib/check-in/authorize-check-in-request";
import { withCheckInCounters } from "@/lib/check-in/cached-counters";
import { undoCheckIn } from "@/lib/check-in/undo-check-in";
import { db } from "@/lib/db/client";
import { undoCheckInSchema } from "@/lib/validation/check-in";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function POST(request: Request, { params }: Context) {
  const gate = await authorizeCheckInRequest(request, (await params).eventId);
  if (gate instanceof Response) return gate;
  const body = await readBody(request, undoCheckInSchema);
  if (body instanceof Response) return body;
  const result = await undoCheckIn(db(), {
    eventId: gate.event.id,
    participantId: body.participantId,
    actor: { id: gate.user.id, name: gate.user.name, deviceId: gate.deviceId },
  });
  return result.ok
    ? json(await withCheckInCounters(db(), gate.event.id, result))
    : json({ error: "This participant is not checked in", ...result }, 409);
}
