// GET /e/:slug/cover/:uploadId → the event's cover image. The address names the upload, so a new
// cover has a new address and this one can be cached for good; an old or unknown id is a 404.
// Budgeted per client address like the other public files.
import { getEventBySlug } from "@/lib/db/queries/events";
import { isUuid } from "@/lib/db/queries/participants";
import { db } from "@/lib/db/client";
import { readCover } from "@/lib/events/save-cover";
import { requestLocale } from "@/lib/i18n/request-locale";
import { budgetRefusal, tooManyRequestsResponse } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; uploadId: string }> };
const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: Context) {
  const refused = await budgetRefusal([{ rule: rules.coverAddress, key: clientAddress(request.headers) }], requestLocale(request.headers));
  if (refused) return tooManyRequestsResponse(refused, { "Cache-Control": "no-store" });
  const { slug: rawSlug, uploadId } = await params;
  let slug = "";
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {}
  if (!slug || slug.length > 80 || !isUuid(uploadId)) return notFound();
  const event = await getEventBySlug(db(), slug);
  const cover = event && (await readCover(db(), event.id, uploadId));
  if (!cover) return notFound();
  return new Response(new Uint8Array(cover.content), {
    headers: {
      "Content-Type": cover.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
