// Upload of the certificate logo or signature: the raw file as the body. A declared size over 2 MB
// is refused before reading; the body is read only up to 2 MB + 1 byte, so a lying or missing
// Content-Length cannot make the server hold a 50 MB file. The type comes from the bytes.
import { eventForApi } from "@/lib/auth/event-for-api";
import { MAX_IMAGE_BYTES } from "@/lib/certificates/image-upload";
import { saveImage } from "@/lib/certificates/save-settings";
import { db } from "@/lib/db/client";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; kind: string }> };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

async function readCapped(request: Request, cap: number): Promise<{ bytes: Uint8Array; size: number }> {
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > cap) {
        await reader.cancel();
        break;
      }
      chunks.push(value);
    }
  }
  return { bytes: Buffer.concat(chunks), size };
}

export async function POST(request: Request, { params }: Context) {
  const { eventId, kind } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  const locale = await userLocale();
  if (kind !== "logo" && kind !== "signature") return json({ error: translator(locale, "common")("notFound.title") }, 404);
  const t = translator(locale, "certificates");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_IMAGE_BYTES) return json({ error: imageRefusalText({ key: "tooLarge", bytes: declared }, locale, t) }, 413);
  const { bytes, size } = await readCapped(request, MAX_IMAGE_BYTES);
  let name = `${kind}.img`;
  try {
    name = decodeURIComponent(request.headers.get("x-filename") ?? name).slice(0, 200);
  } catch {
    // A malformed name header: keep the default.
  }
  const error = await saveImage(db(), access.event.id, kind, { name, bytes, size }, access.user.id, locale);
  if (error)
    return json(
      { error: size > MAX_IMAGE_BYTES ? imageRefusalText({ key: "overLimit" }, locale, t) : error },
      size > MAX_IMAGE_BYTES ? 413 : 400,
    );
  return json({ ok: true });
}
