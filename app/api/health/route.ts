// GET /api/health: 200 {"status":"ok"} when the database answers, 503 when not. The reason (a
// driver error can name hosts, ports, users) goes to the log, and to a caller with METRICS_TOKEN;
// anyone else gets a generic one.
import { sqlClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { metricsAccess } from "@/lib/metrics/bearer-token";

export const dynamic = "force-dynamic";

export async function GET(request?: Request) {
  const started = Date.now();
  try {
    await Promise.race([
      sqlClient()`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database did not answer within 3 s")), 3000)),
    ]);
    return Response.json({ status: "ok", database: "ok", latencyMs: Date.now() - started });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    logger("web").error({ err: detail }, "health check: database unavailable");
    const trusted = metricsAccess(request?.headers.get("authorization"), env().METRICS_TOKEN) === "allowed";
    return Response.json(
      { status: "error", database: "unavailable", reason: trusted ? detail : "The database is not reachable." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
