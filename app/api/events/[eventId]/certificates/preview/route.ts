// The design preview: the saved settings rendered for a sample participant, shown inline in an
// <iframe> on the settings page. Never cached, so a save shows at once.
import { eventForApi } from "@/lib/auth/event-for-api";
import { loadSettings } from "@/lib/certificates/load-settings";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate";
import { db } from "@/lib/db/client";
import { contentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const access = await eventForApi((await params).eventId);
  if (access instanceof Response) return access;
  const loaded = await loadSettings(db(), access.event.id);
  const pdf = await renderCertificatePdf(
    access.event,
    loaded,
    { firstName: "Μαρία", lastName: "Παπαδοπούλου" },
    "0SAMP1E0000000000000000000",
    new Date(),
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition("certificate-preview.pdf", { inline: true }),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
