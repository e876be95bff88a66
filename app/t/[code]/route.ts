// A participant's own link to their ticket (sent in the approval email): public, protected only by
// the code's 128 random bits. Any miss (malformed, truncated, unknown, or the participant no longer
// approved) gets the same 404, so the answer never hints whether a code exists. Not for indexing,
// not for caches.
import { db } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { budgetRefusal, tooManyRequestsResponse } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { getTicketByCode } from "@/lib/db/queries/tickets";
import { normalizeTicketCode } from "@/lib/tickets/ticket-code";
import { ticketName } from "@/lib/tickets/ticket-filename";
import { notFound, pdfDownload } from "@/lib/tickets/ticket-response";

export const dynamic = "force-dynamic";

const publicHeaders = { "X-Robots-Tag": "noindex, nofollow", "Cache-Control": "no-store" };

type Context = { params: Promise<{ code: string }> };

export async function GET(request: Request, { params }: Context) {
  const refused = await budgetRefusal([{ rule: rules.ticketAddress, key: clientAddress(request.headers) }], requestLocale(request.headers));
  if (refused) return tooManyRequestsResponse(refused, publicHeaders);
  let raw = (await params).code;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return notFound(publicHeaders);
  }
  const code = normalizeTicketCode(raw);
  const ticket = code ? await getTicketByCode(db(), code) : null;
  if (!ticket) return notFound(publicHeaders);
  return pdfDownload(ticket.pdf, ticketName(ticket.eventSlug), publicHeaders);
}
