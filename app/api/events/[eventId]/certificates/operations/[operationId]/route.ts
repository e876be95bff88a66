// A generation's progress as JSON, polled about once a second by the certificates page while it runs.
import { eventForApi } from "@/lib/auth/event-for-api";
import { generationProgress } from "@/lib/certificates/generation-progress";
import { db } from "@/lib/db/client";
import { getGeneration } from "@/lib/db/queries/certificates";
import { isUuid } from "@/lib/db/queries/participants";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; operationId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { eventId, operationId } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  const op = isUuid(operationId) ? await getGeneration(db(), access.event.id, operationId) : null;
  if (!op) return Response.json({ error: "Not found" }, { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return Response.json(generationProgress(op), { headers: { "Cache-Control": "private, no-store" } });
}
