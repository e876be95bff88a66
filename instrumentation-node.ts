// Start-up of the web process: validates the configuration, so that a missing or malformed setting
// stops the server with a message naming it; turns console output into JSON log lines
// (LOG_FORMAT=json); and records every request's duration for /api/metrics.
import { ConfigError, env, type Env } from "./lib/env";
import { captureConsole, logger } from "./lib/logging/logger";
import { recordHttpRequest } from "./lib/metrics/http-metrics";
import { installRequestTracer } from "./lib/metrics/request-tracer";
import { installPeerAddressHeader } from "./lib/rate-limit/peer-address";

export async function startWebProcess(): Promise<void> {
  const log = logger("web");
  let config: Env;
  try {
    config = env();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    log.fatal(err.message);
    process.exit(1);
  }
  // First, so that every request budget sees the socket address (lib/rate-limit/client-address.ts).
  installPeerAddressHeader();
  if (config.LOG_FORMAT === "json") captureConsole("web");
  installRequestTracer((r) => {
    recordHttpRequest({ method: r.method, route: r.route, status: String(r.status) }, r.seconds);
    // Route patterns only, never the URL: paths can carry tokens (RSVP links, tickets).
    const line = { method: r.method, route: r.route, status: r.status, durationMs: Math.round(r.seconds * 1000) };
    if (r.status >= 500) log.error(line, "request failed");
    else log.debug(line, "request");
  });
  log.info(
    { nodeEnv: config.NODE_ENV, emailTransport: config.EMAIL_TRANSPORT, metrics: Boolean(config.METRICS_TOKEN) },
    "web server configured",
  );
}
