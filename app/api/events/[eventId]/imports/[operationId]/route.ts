// An import's progress as JSON, polled about once a second by its page while it runs. A running
// import whose job has given up is marked failed here, so the page never waits forever.
import { eventForApi } from "@/lib/auth/event-for-api";
import { db } from "@/lib/db/client";
import { getImportOperation } from "@/lib/db/queries/imports";
import { importProgress } from "@/lib/imports/import-progress";
import { failImportIfJobGone } from "@/lib/imports/import-state";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; operationId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { eventId, operationId } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  let op = await getImportOperation(db(), access.event.id, operationId);
  if (!op) return Response.json({ error: "Not found" }, { status: 404 });
  if (op.state === "running" && (await failImportIfJobGone(db(), op.id))) op = (await getImportOperation(db(), access.event.id, operationId))!;
  return Response.json(importProgress(op), { headers: { "Cache-Control": "private, no-store" } });
}
