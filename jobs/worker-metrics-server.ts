// Each worker serves its own metrics (GET /metrics, Prometheus text; bearer METRICS_TOKEN) and a
// liveness answer (GET /health) on WORKER_METRICS_PORT. Job counters and durations live in the
// process that ran the jobs, so every worker is its own scrape target; queue depth and the other
// database-wide figures are served once, by the web app's /api/metrics.
import { createServer, type Server } from "node:http";
import { metricsAccess } from "@/lib/metrics/bearer-token";
import { metricsRegistry } from "@/lib/metrics/registry";

export function startWorkerMetricsServer(opts: { port: number; token: string | undefined; healthy: () => boolean }): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://worker");
    if (req.method === "GET" && url.pathname === "/health") {
      const ok = opts.healthy();
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: ok ? "ok" : "stopping" }));
      return;
    }
    if (req.method === "GET" && url.pathname === "/metrics") {
      const access = metricsAccess(req.headers.authorization, opts.token);
      if (access !== "allowed") {
        res.writeHead(access === "disabled" ? 404 : 401, access === "unauthorized" ? { "www-authenticate": "Bearer" } : {});
        res.end();
        return;
      }
      const registry = metricsRegistry();
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { "content-type": registry.contentType });
          res.end(text);
        },
        (err: Error) => {
          res.writeHead(500);
          res.end(err.message);
        },
      );
      return;
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, () => resolve(server));
  });
}
