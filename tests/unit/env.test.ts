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
      WORKER_CONCURRENCY: 2,
      DB_POOL_MAX: 10,
    });
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
    expect(lines.slice(1).map((l) => l.trim().split(":")[0])).toEqual(expect.arrayContaining(["DATABASE_URL", "APP_URL", "EMAIL_TRANSPORT"]));
  });
});
