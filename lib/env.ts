// Configuration, read from the environment and validated once per process. A missing or malformed
// setting stops the process with a message that names it.
import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }),
    APP_URL: z.url().default("http://localhost:3000"),
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    EMAIL_TRANSPORT: z.enum(["outbox", "resend"]).default("outbox"),
    EMAIL_FROM: z.string().min(3).default("Events <events@localhost>"),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url().optional(),
    // The signing secret of the Resend webhook (whsec_…, shown when the endpoint is added in Resend's
    // dashboard). Unset: POST /api/webhooks/resend answers 404 and no delivery feedback is recorded.
    RESEND_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, "must be the whsec_… signing secret Resend shows")
      .optional(),
    // Requests per second the sender starts at (Resend's documented default per team is 5); it then
    // follows Resend's ratelimit-* headers.
    RESEND_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
    // While sending is paused for a configuration error (key, domain), one request tries this often.
    EMAIL_PROBE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    // How long one Resend request may take before it is abandoned and retried.
    RESEND_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // "off": drizzle's queries are sent unprepared (two round trips each), for a connection pooler
    // in transaction mode that cannot keep prepared statements (lib/db/prepared-statements.ts).
    DB_PREPARE: z.enum(["on", "off"]).default("on"),
    // Operations (README, "Configuration"). Logs: JSON lines, or readable ones in development.
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
    // Bearer token for GET /api/metrics and the worker's /metrics; unset, both answer 404.
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    // Port on which each worker serves /metrics and /health; unset, the worker opens no port.
    WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    // How long a stopping worker lets the jobs in hand finish before it gives up on them.
    WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    // "1" registers the test-only queues (test.sleep, test.noop) used by the tests and benchmarks.
    WORKER_TEST_JOBS: z.enum(["0", "1"]).default("0"),
    // Stored email bodies and attachments older than this are deleted (the message row stays).
    MESSAGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    // Finished jobs (completed, failed, cancelled) are deleted by pg-boss this long after finishing.
    JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    // When the daily maintenance runs: a five-field cron expression, in MAINTENANCE_TIME_ZONE.
    MAINTENANCE_CRON: z
      .string()
      .regex(/^\S+( \S+){4}$/, "must be a five-field cron expression, e.g. 30 3 * * *")
      .default("30 3 * * *"),
    // The one time zone the dashboard shows points in time in (created, sent, finished…), always
    // labelled. Event start and end stay in the event's own zone.
    DASHBOARD_TIME_ZONE: z
      .string()
      .refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", "must be an IANA time zone, e.g. Europe/Athens")
      .default("UTC"),
    MAINTENANCE_TIME_ZONE: z
      .string()
      .refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", "must be an IANA time zone, e.g. Europe/Athens")
      .default("UTC"),
    // "off" switches the public request budgets off (load tests); sign-in budgets stay on.
    RATE_LIMITS: z.enum(["on", "off"]).default("on"),
    // Addresses (or CIDR ranges, or "loopback") of the reverse proxies in front of the app. Only a
    // request from one of them has its X-Forwarded-For believed; unset, the socket address counts.
    TRUSTED_PROXY: z
      .string()
      .regex(
        /^[0-9A-Za-z.:/]+(\s*,\s*[0-9A-Za-z.:/]+)*$/,
        "must be a comma-separated list of addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8",
      )
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.EMAIL_TRANSPORT === "resend" && !env.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when EMAIL_TRANSPORT=resend" });
    }
    if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is required in production" });
    }
    if (env.NODE_ENV === "production" && env.WORKER_TEST_JOBS === "1") {
      ctx.addIssue({ code: "custom", path: ["WORKER_TEST_JOBS"], message: "must not be set in production" });
    }
  })
  // Readable logs while developing, JSON lines everywhere else.
  .transform((env) => ({ ...env, LOG_FORMAT: env.LOG_FORMAT ?? (env.NODE_ENV === "development" ? "pretty" : "json") }));

export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(config)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
