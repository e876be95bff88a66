// GET /api/events/:eventId/check-in/counters: {checkedIn, approved}, polled by every scanning device.
import { authorizeCheckInRequest, json } from "@/lib/check-in/authorize-check-in-request";
import { db } from "@/lib/db/client";
import { cachedCheckInCounters } from "@/lib/check-in/cached-counters";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function GET(request: Request, { params }: Context) {
  const gate = await authorizeCheckInRequest(request, (await params).eventId);
  if (gate instanceof Response) return gate;
  // Every phone at the door polls these: served from a one-second cache (cached-counters.ts).
  return json(await cachedCheckInCounters(db(), gate.event.id));
}
