// GET /api/health: 200 {"status":"ok"} when the database answers, 503 with the reason when not.
import { sqlClient } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = Date.now();
  try {
    await Promise.race([
      sqlClient()`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database did not answer within 3 s")), 3000)),
    ]);
    return Response.json({ status: "ok", database: "ok", latencyMs: Date.now() - started });
  } catch (err) {
    return Response.json(
      { status: "error", database: "unavailable", reason: err instanceof Error ? err.message : String(err) },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
