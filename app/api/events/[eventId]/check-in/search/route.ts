// GET /api/events/:eventId/check-in/search?q=: the manual fallback's search by name, email or ticket
// code (at most 20 rows), with each participant's status and current check-in.
import { authorizeCheckInRequest, json } from "@/lib/check-in/authorize-check-in-request";
import { db } from "@/lib/db/client";
import { searchCheckInParticipants } from "@/lib/db/queries/check-ins";
import { normalizeTicketCode } from "@/lib/tickets/ticket-code";
import { searchQuerySchema } from "@/lib/validation/check-in";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function GET(request: Request, { params }: Context) {
  const gate = await authorizeCheckInRequest(request, (await params).eventId);
  if (gate instanceof Response) return gate;
  const parsed = searchQuerySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
  if (!parsed.success) return json({ error: parsed.error.issues[0].message }, 400);
  const text = parsed.data;
  if (text.length < 2) return json({ participants: [] });
  const rows = await searchCheckInParticipants(db(), gate.event.id, { code: normalizeTicketCode(text), text });
  return json({
    participants: rows.map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`.trim(),
      email: r.email,
      organisation: r.organisation,
      status: r.status,
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      checkedInBy: r.checkedInBy,
    })),
  });
}
