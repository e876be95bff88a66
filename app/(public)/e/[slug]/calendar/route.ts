// GET /e/:slug/calendar → the event as an .ics file (METHOD:PUBLISH) for "Add to calendar". The
// event's public details only, from the cached public page data; budgeted per client address.
import { contentDisposition } from "@/lib/http/content-disposition";
import { loadPublicEvent } from "@/lib/events/public-event-page";
import { requestLocale } from "@/lib/i18n/request-locale";
import { budgetRefusal, tooManyRequestsResponse } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { publicEventCalendar } from "@/lib/calendar/event-calendar";

export const dynamic = "force-dynamic";

const headers = { "X-Robots-Tag": "noindex", "Cache-Control": "no-store" };
type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const refused = await budgetRefusal(
    [{ rule: rules.calendarAddress, key: clientAddress(request.headers) }],
    requestLocale(request.headers),
  );
  if (refused) return tooManyRequestsResponse(refused, headers);
  let slug = "";
  try {
    slug = decodeURIComponent((await params).slug);
  } catch {}
  const event = slug && slug.length <= 80 ? await loadPublicEvent(slug) : null;
  if (!event || event.cancelled) return new Response("Not found", { status: 404, headers });
  const body = publicEventCalendar({ ...event, description: event.description ?? "", venue: event.venue ?? "" });
  return new Response(body, {
    headers: {
      ...headers,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition(`${event.slug}.ics`, { fallback: "event.ics" }),
    },
  });
}
