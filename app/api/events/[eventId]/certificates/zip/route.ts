// All of an event's valid certificates as one ZIP, streamed from the database (see zip-certificates).
import { eventForApi } from "@/lib/auth/event-for-api";
import { zipCertificates } from "@/lib/certificates/zip-certificates";
import { contentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const access = await eventForApi((await params).eventId);
  if (access instanceof Response) return access;
  return new Response(zipCertificates(access.event.id), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition(`certificates-${access.event.slug}.zip`, { fallback: "certificates.zip" }),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
