// GET /api/events/:eventId/check-in/counters: {checkedIn, approved}, polled by every scanning device.
import { authorizeCheckInRequest, json } from "@/lib/check-in/authorize-check-in-request";
import { db } from "@/lib/db/client";
import type { CheckInCounters } from "@/lib/check-in/check-in-result";
import { countCheckIns } from "@/lib/db/queries/check-ins";
import { COUNTERS_TTL_MS, ShortCache } from "@/lib/check-in/door-cache";

export const dynamic = "force-dynamic";

// Every phone at the door polls these: one count per event per second per process serves them all.
const counters = new ShortCache<CheckInCounters>(COUNTERS_TTL_MS);

type Context = { params: Promise<{ eventId: string }> };

export async function GET(request: Request, { params }: Context) {
  const gate = await authorizeCheckInRequest(request, (await params).eventId);
  if (gate instanceof Response) return gate;
  const eventId = gate.event.id;
  return json(await counters.get(eventId, () => countCheckIns(db(), eventId)));
}
