// Download one attachment of an email. Session checked here (401 when anonymous); the attachment
// is found only through a message the organizer may see (404 otherwise). Always served as a
// download, never rendered inline.
import { organizerForApi } from "@/lib/auth/organizer-for-api";
import { db } from "@/lib/db/client";
import { getAttachmentForUser } from "@/lib/db/queries/messages";
import { contentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ messageId: string; attachmentId: string }> };

const noStore = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function GET(_request: Request, { params }: Context) {
  const user = await organizerForApi();
  if (user instanceof Response) return user;
  const { messageId, attachmentId } = await params;
  const attachment = await getAttachmentForUser(db(), user, messageId, attachmentId);
  if (!attachment) return new Response("Not found", { status: 404, headers: noStore });
  const type = /^[\w.+-]+\/[\w.+-]+$/.test(attachment.contentType) ? attachment.contentType : "application/octet-stream";
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      ...noStore,
      "Content-Type": type,
      "Content-Disposition": contentDisposition(attachment.filename, { fallback: "attachment" }),
      "Content-Length": String(attachment.content.length),
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
