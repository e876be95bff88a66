// Upload of the event's cover image: the raw file as the body, checked like the certificate logos
// (lib/events/save-cover.ts). A declared size over 2 MB is refused before reading, the body is read
// only up to 2 MB + 1 byte, and every refusal is a 4xx with a message for the organizer. A saved
// cover expires the cached public page.
import { eventForApi } from "@/lib/auth/event-for-api";
import { MAX_IMAGE_BYTES } from "@/lib/certificates/image-upload";
import { db } from "@/lib/db/client";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { saveCover } from "@/lib/events/save-cover";
import { readLimitedBody } from "@/lib/imports/read-limited-body";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

export async function POST(request: Request, { params }: Context) {
  const access = await eventForApi((await params).eventId);
  if (access instanceof Response) return access;
  // Every refusal in the organizer's language, worded like the certificate images'.
  const locale = await userLocale();
  const tooLarge = (bytes?: number) =>
    json(
      { error: imageRefusalText(bytes ? { key: "tooLarge", bytes } : { key: "overLimit" }, locale, translator(locale, "certificates")) },
      413,
    );
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_IMAGE_BYTES) return tooLarge(declared);
  const body = await readLimitedBody(request.body, MAX_IMAGE_BYTES);
  if (!body.ok) return tooLarge();
  let name = "cover.img";
  try {
    name = decodeURIComponent(request.headers.get("x-filename") ?? name).slice(0, 200);
  } catch {
    // A malformed name header: keep the default.
  }
  const result = await saveCover(db(), access.event.id, { name, bytes: body.bytes, size: body.bytes.length }, access.user.id, locale);
  if (!result.ok) return json({ error: result.error }, 400);
  expirePublicEventPages(access.event.slug);
  return json({ ok: true });
}
