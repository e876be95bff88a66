// GET /e/:slug/availability → {open, full, seatsLeft}: the live part of the cached public page.
// One indexed read of the event row; the page itself stays in Next's cache.
import { readEventAvailability } from "@/lib/events/public-event-page";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const noStore = { "Cache-Control": "no-store" };
  let slug: string;
  try {
    slug = decodeURIComponent((await params).slug);
  } catch {
    slug = "";
  }
  if (!slug || slug.length > 80) return Response.json({ error: "Not found" }, { status: 404, headers: noStore });
  const availability = await readEventAvailability(slug);
  if (!availability) return Response.json({ error: "Not found" }, { status: 404, headers: noStore });
  return Response.json(availability, { headers: noStore });
}
