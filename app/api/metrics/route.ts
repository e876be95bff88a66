// GET /api/metrics: Prometheus text format, for a bearer token equal to METRICS_TOKEN (401 without
// it; 404 while METRICS_TOKEN is unset, so an unconfigured server does not advertise the endpoint).
// Serves this web process's request durations and Node metrics, plus the database-wide figures
// (queue depth, jobs per state, emails per transport). Job counters and durations are served by each
// worker on its own port (WORKER_METRICS_PORT).
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { metricsAccess } from "@/lib/metrics/bearer-token";
import { registerDatabaseMetrics } from "@/lib/metrics/database-metrics";
import { metricsRegistry } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get("authorization"), env().METRICS_TOKEN);
  if (access === "disabled") return new Response("Not found", { status: 404 });
  if (access === "unauthorized")
    return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  registerDatabaseMetrics(db);
  const registry = metricsRegistry();
  try {
    const body = await registry.metrics();
    return new Response(body, { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
  } catch (err) {
    return new Response(`metrics unavailable: ${err instanceof Error ? err.message : String(err)}`, { status: 503 });
  }
}
