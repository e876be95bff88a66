// Upload of a CSV to import (POST). A route handler rather than a server action: it counts the body's
// bytes as they arrive and stops at 20 MB with a clear answer, while server actions keep their small
// global limit (raising that would let every action, the public registration form included, take
// 20 MB bodies). The file goes into PostgreSQL (uploads), never onto this server's disk.
// The page's script posts the raw file (Accept: application/json, X-Filename) and gets JSON back;
// without JavaScript the form posts multipart and is redirected to the preview or back with an error.
import { eventForApi } from "@/lib/auth/event-for-api";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/lib/imports/limits";
import { readLimitedBody } from "@/lib/imports/read-limited-body";
import { storeImportUpload } from "@/lib/imports/store-import-upload";
import type { UploadRefusalCode } from "@/lib/imports/upload-refusals";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };
// The message is English, for logs and scripts; pages word the code (upload-refusals.ts).
type Refusal = { status: number; code: UploadRefusalCode; message: string };

const MULTIPART_OVERHEAD = 64 * 1024;

function tooLarge(bytes?: number): Refusal {
  return { status: 413, code: "too_large", message: tooLargeMessage(bytes) };
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === null;
  const host = new URL(origin).host;
  return host === request.headers.get("host") || host === new URL(env().APP_URL).host;
}

export async function POST(request: Request, { params }: Context) {
  const access = await eventForApi((await params).eventId);
  if (access instanceof Response) return access;
  const { user, event } = access;
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const importPage = `/events/${event.id}/import`;

  const refuse = (r: Refusal) =>
    wantsJson
      ? Response.json({ error: r.message, code: r.code }, { status: r.status, headers: { "Cache-Control": "no-store" } })
      : Response.redirect(new URL(`${importPage}?error=${r.code}`, request.url), 303);

  if (!sameOrigin(request))
    return refuse({ status: 403, code: "cross_site", message: "Uploads are accepted from this site's own pages only." });
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = contentType.startsWith("multipart/form-data");
  const limit = MAX_UPLOAD_BYTES + (multipart ? MULTIPART_OVERHEAD : 0);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return refuse(tooLarge(multipart ? undefined : declared));

  const body = await readLimitedBody(request.body, limit);
  if (!body.ok) return refuse(tooLarge());

  let filename = "upload.csv";
  let type = contentType;
  let content = body.bytes;
  if (multipart) {
    const form = await new Response(new Uint8Array(body.bytes), { headers: { "content-type": contentType } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || (file.size === 0 && !file.name))
      return refuse({ status: 400, code: "no_file", message: "Choose a CSV file to upload." });
    filename = file.name;
    type = file.type;
    content = Buffer.from(await file.arrayBuffer());
  } else {
    try {
      filename = decodeURIComponent(request.headers.get("x-filename") ?? filename);
    } catch {
      // a malformed name: keep the default
    }
  }
  if (content.length > MAX_UPLOAD_BYTES) return refuse(tooLarge(content.length));
  if (content.length === 0)
    return refuse({
      status: 400,
      code: "empty",
      message: "The file is empty. Choose the file again, or export the list from your spreadsheet once more.",
    });

  const uploadId = await storeImportUpload(db(), { eventId: event.id, filename, contentType: type, content, createdBy: user.id });
  const previewUrl = `${importPage}/preview/${uploadId}`;
  if (wantsJson) return Response.json({ uploadId, previewUrl }, { status: 201, headers: { "Cache-Control": "no-store" } });
  return Response.redirect(new URL(previewUrl, request.url), 303);
}
