// The organizer's download of a participant's ticket: the same stored PDF the participant received.
// The session is checked here (401 when anonymous) and the event through the organizer's access
// (404 for an event they may not see, a participant of another event, or no ticket yet).
import { requireOrganizerForApi, UnauthorizedError } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { getTicketForEvent } from "@/lib/db/queries/tickets";
import { ticketName } from "@/lib/tickets/ticket-filename";
import { notFound, pdfDownload, unauthorized } from "@/lib/tickets/ticket-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; participantId: string }> };

export async function GET(_request: Request, { params }: Context) {
  let user: Awaited<ReturnType<typeof requireOrganizerForApi>>;
  try {
    user = await requireOrganizerForApi();
  } catch (err) {
    if (err instanceof UnauthorizedError) return unauthorized();
    throw err;
  }
  const { eventId, participantId } = await params;
  const event = await getEventForUser(db(), user, eventId);
  if (!event) return notFound();
  const ticket = await getTicketForEvent(db(), event.id, participantId);
  if (!ticket) return notFound();
  return pdfDownload(ticket.pdf, ticketName(ticket.eventSlug, `${ticket.firstName} ${ticket.lastName}`));
}
