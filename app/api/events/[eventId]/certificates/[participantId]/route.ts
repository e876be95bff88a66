// One participant's stored certificate, for the organizer: the same bytes every time.
import { eventForApi } from "@/lib/auth/event-for-api";
import { validCertificateFor } from "@/lib/certificates/find-certificate";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { notFound, pdfDownload } from "@/lib/tickets/ticket-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; participantId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { eventId, participantId } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  if (!isUuid(participantId)) return notFound();
  const cert = await validCertificateFor(db(), access.event.id, participantId);
  if (!cert) return notFound();
  return pdfDownload(cert.pdf, `certificate-${cert.holderName}.pdf`);
}
