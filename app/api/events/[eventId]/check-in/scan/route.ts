// POST /api/events/:eventId/check-in/scan {code, clientScanId}: a scanned or typed ticket → the
// answer for the door. Session, event access and body are checked by the gate; the code is
// normalised before the database is asked anything. The answer carries the counters after it.
import { authorizeCheckInRequest, json, readBody } from "@/lib/check-in/authorize-check-in-request";
import { withCheckInCounters } from "@/lib/check-in/cached-counters";
import { checkInTicket } from "@/lib/check-in/check-in-ticket";
import { db } from "@/lib/db/client";
import { scanRequestSchema } from "@/lib/validation/check-in";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function POST(request: Request, { params }: Context) {
  const gate = await authorizeCheckInRequest(request, (await params).eventId);
  if (gate instanceof Response) return gate;
  const body = await readBody(request, scanRequestSchema);
  if (body instanceof Response) return body;
  const result = await checkInTicket(db(), {
    eventId: gate.event.id,
    scannedText: body.code,
    actor: { id: gate.user.id, name: gate.user.name, deviceId: gate.deviceId },
    clientScanId: body.clientScanId,
  });
  return json(await withCheckInCounters(db(), gate.event.id, result));
}
