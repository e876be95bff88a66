import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

const DATABASE_URL = "postgres://app:secret@db.internal:5432/eventdesk";

function configError(source: Record<string, string | undefined>): ConfigError {
  try {
    parseEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error("expected parseEnv to refuse the configuration");
}

describe("configuration from the environment", () => {
  it("fills in defaults around a database URL", () => {
    expect(parseEnv({ DATABASE_URL })).toEqual({
      NODE_ENV: "development",
      DATABASE_URL,
      APP_URL: "http://localhost:3000",
      EMAIL_TRANSPORT: "outbox",
      EMAIL_FROM: "Events <events@localhost>",
      RESEND_RATE_LIMIT: 5,
      EMAIL_PROBE_INTERVAL_SECONDS: 60,
      RESEND_TIMEOUT_MS: 30_000,
      WORKER_CONCURRENCY: 2,
      DB_POOL_MAX: 10,
      DB_PREPARE: "on",
      LOG_LEVEL: "info",
      LOG_FORMAT: "pretty",
      WORKER_SHUTDOWN_TIMEOUT_MS: 30_000,
      WORKER_TEST_JOBS: "0",
      MESSAGE_RETENTION_DAYS: 90,
      JOB_RETENTION_DAYS: 7,
      MAINTENANCE_CRON: "30 3 * * *",
      MAINTENANCE_TIME_ZONE: "UTC",
      DASHBOARD_TIME_ZONE: "UTC",
      RATE_LIMITS: "on",
    });
  });

  it("reads RATE_LIMITS and TRUSTED_PROXY, refusing nonsense", () => {
    expect(parseEnv({ DATABASE_URL, RATE_LIMITS: "off", TRUSTED_PROXY: "127.0.0.1, 10.0.0.0/8" })).toMatchObject({
      RATE_LIMITS: "off",
      TRUSTED_PROXY: "127.0.0.1, 10.0.0.0/8",
    });
    expect(configError({ DATABASE_URL, RATE_LIMITS: "no" }).message).toContain("RATE_LIMITS");
    expect(configError({ DATABASE_URL, TRUSTED_PROXY: "<script>" }).message).toContain("TRUSTED_PROXY");
  });

  it("names DATABASE_URL when it is missing", () => {
    expect(configError({}).message).toMatch(/^Invalid configuration:\n\s+DATABASE_URL: /m);
  });

  it("treats an empty variable as missing", () => {
    expect(configError({ DATABASE_URL: "" }).message).toContain("DATABASE_URL");
  });

  it("refuses a database URL that is not postgres://", () => {
    expect(configError({ DATABASE_URL: "mysql://localhost/db" }).message).toContain("DATABASE_URL: must be a postgres:// URL");
    expect(parseEnv({ DATABASE_URL: "postgresql://localhost/db" }).DATABASE_URL).toBe("postgresql://localhost/db");
  });

  it("requires an API key when email goes through Resend", () => {
    expect(configError({ DATABASE_URL, EMAIL_TRANSPORT: "resend" }).message).toContain(
      "RESEND_API_KEY: is required when EMAIL_TRANSPORT=resend",
    );
    expect(parseEnv({ DATABASE_URL, EMAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_123" }).RESEND_API_KEY).toBe("re_123");
  });

  it("refuses an unknown email transport", () => {
    expect(configError({ DATABASE_URL, EMAIL_TRANSPORT: "smtp" }).message).toContain("EMAIL_TRANSPORT");
  });

  it("requires an auth secret of 32 characters in production", () => {
    expect(configError({ DATABASE_URL, NODE_ENV: "production" }).message).toContain("BETTER_AUTH_SECRET: is required in production");
    expect(configError({ DATABASE_URL, BETTER_AUTH_SECRET: "short" }).message).toContain(
      "BETTER_AUTH_SECRET: must be at least 32 characters",
    );
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(32) }).NODE_ENV).toBe("production");
  });

  it("reads the worker concurrency as a number within 1–64", () => {
    expect(parseEnv({ DATABASE_URL, WORKER_CONCURRENCY: "8" }).WORKER_CONCURRENCY).toBe(8);
    expect(configError({ DATABASE_URL, WORKER_CONCURRENCY: "0" }).message).toContain("WORKER_CONCURRENCY");
    expect(configError({ DATABASE_URL, WORKER_CONCURRENCY: "lots" }).message).toContain("WORKER_CONCURRENCY");
  });

  it("reports every problem at once, one per line", () => {
    const lines = configError({ APP_URL: "not a url", EMAIL_TRANSPORT: "pigeon" }).message.split("\n");
    expect(lines[0]).toBe("Invalid configuration:");
    expect(lines.slice(1).map((l) => l.trim().split(":")[0])).toEqual(
      expect.arrayContaining(["DATABASE_URL", "APP_URL", "EMAIL_TRANSPORT"]),
    );
  });

  it("writes JSON logs outside development unless LOG_FORMAT says otherwise", () => {
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "test" }).LOG_FORMAT).toBe("json");
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(32) }).LOG_FORMAT).toBe("json");
    expect(parseEnv({ DATABASE_URL, LOG_FORMAT: "json" }).LOG_FORMAT).toBe("json");
    expect(configError({ DATABASE_URL, LOG_LEVEL: "loud" }).message).toContain("LOG_LEVEL");
  });

  it("reads the operations settings and names a malformed one", () => {
    const config = parseEnv({
      DATABASE_URL,
      METRICS_TOKEN: "t".repeat(16),
      WORKER_METRICS_PORT: "9464",
      MESSAGE_RETENTION_DAYS: "30",
      MAINTENANCE_CRON: "0 4 * * 1",
      MAINTENANCE_TIME_ZONE: "Europe/Athens",
    });
    expect(config).toMatchObject({
      METRICS_TOKEN: "t".repeat(16),
      WORKER_METRICS_PORT: 9464,
      MESSAGE_RETENTION_DAYS: 30,
      MAINTENANCE_CRON: "0 4 * * 1",
      MAINTENANCE_TIME_ZONE: "Europe/Athens",
    });
    expect(configError({ DATABASE_URL, METRICS_TOKEN: "short" }).message).toContain("METRICS_TOKEN: must be at least 16 characters");
    expect(configError({ DATABASE_URL, WORKER_METRICS_PORT: "70000" }).message).toContain("WORKER_METRICS_PORT");
    expect(configError({ DATABASE_URL, MESSAGE_RETENTION_DAYS: "0" }).message).toContain("MESSAGE_RETENTION_DAYS");
    expect(configError({ DATABASE_URL, MAINTENANCE_CRON: "daily" }).message).toContain(
      "MAINTENANCE_CRON: must be a five-field cron expression",
    );
    expect(configError({ DATABASE_URL, MAINTENANCE_TIME_ZONE: "Mars/Olympus" }).message).toContain("MAINTENANCE_TIME_ZONE");
    expect(configError({ DATABASE_URL, WORKER_SHUTDOWN_TIMEOUT_MS: "10" }).message).toContain("WORKER_SHUTDOWN_TIMEOUT_MS");
  });

  it("refuses the test-only queues in production", () => {
    expect(
      configError({ DATABASE_URL, NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(32), WORKER_TEST_JOBS: "1" }).message,
    ).toContain("WORKER_TEST_JOBS: must not be set in production");
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "test", WORKER_TEST_JOBS: "1" }).WORKER_TEST_JOBS).toBe("1");
  });
});
