// Runs once before any test worker starts: provides a migrated PostgreSQL and the environment the
// tests expect. DATABASE_URL is deliberately ignored, since the tests truncate every table and it
// may point at a development database: set TEST_DATABASE_URL to test against a server of your own,
// otherwise a throw-away embedded PostgreSQL is started in .tmp/ and removed afterwards.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { buildWorker } from "@/lib/dev/build-worker";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/dev/embedded-postgres";
import { TEST_WORKER_BUNDLE_DIR } from "./worker-process";

declare module "vitest" {
  interface ProvidedContext {
    testEnv: Record<string, string>;
    /** One database per test worker (VITEST_POOL_ID 1…n), copies of the migrated one. */
    workerDatabaseUrls: string[];
  }
}

/** Test files run two at a time (vitest.config.ts), each worker on its own copy of the database. */
const TEST_WORKERS = Math.max(1, Number(process.env.TEST_WORKERS ?? 2));

export default async function setup(project: TestProject) {
  let embedded: RunningPostgres | undefined;
  let dataDir: string | undefined;

  let dropCopies: (() => Promise<void>) | undefined;
  const teardown = async () => {
    await dropCopies?.().catch((err) => console.error("[test db] could not drop the workers' databases:", err));
    await embedded?.stop().catch((err) => console.error("[test db] could not stop PostgreSQL:", err));
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  };

  try {
    // Worker tests run the compiled worker, as production does. esbuild takes about a second, so it
    // is rebuilt every run (never stale), into .tmp/ so that a running `npm start` is not disturbed.
    await buildWorker(process.cwd(), path.resolve(TEST_WORKER_BUNDLE_DIR));
    let databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) {
      await removeAbandonedDataDirs();
      dataDir = path.resolve(".tmp", `test-pg-${randomBytes(6).toString("hex")}`);
      embedded = await startEmbeddedPostgres({ dataDir, database: "eventdesk_test", throwaway: true });
      databaseUrl = embedded.url;
    }
    await migrateDatabase(databaseUrl);
    const workerUrls = await copyDatabaseForWorkers(databaseUrl, TEST_WORKERS);
    dropCopies = () => dropDatabases(databaseUrl, workerUrls);

    const testEnv: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      NODE_ENV: "test",
      EMAIL_TRANSPORT: "outbox",
      APP_URL: "http://localhost:3000",
      BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    };
    // Set before the workers are forked (they inherit process.env), and provided for setup-env.ts.
    Object.assign(process.env, testEnv);
    // Nothing under test may reach the real Resend.
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    project.provide("testEnv", testEnv);
    project.provide("workerDatabaseUrls", workerUrls);
  } catch (err) {
    await teardown();
    throw err;
  }

  return teardown;
}

/**
 * `CREATE DATABASE … TEMPLATE` copies the migrated schema (pg-boss's included) in a few hundred
 * milliseconds, so each test worker truncates only its own tables.
 */
async function copyDatabaseForWorkers(databaseUrl: string, count: number): Promise<string[]> {
  const base = new URL(databaseUrl);
  const baseName = decodeURIComponent(base.pathname.slice(1));
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const urls: string[] = [];
    for (let i = 1; i <= count; i++) {
      const name = `${baseName}_w${i}`;
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      // The migrator's connections may take a moment to close; the template must have none.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.unsafe(`create database "${name}" template "${baseName}"`);
          break;
        } catch (err) {
          if (attempt >= 20 || (err as { code?: string }).code !== "55006") throw err;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      const url = new URL(databaseUrl);
      url.pathname = `/${encodeURIComponent(name)}`;
      urls.push(url.toString());
    }
    return urls;
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function dropDatabases(databaseUrl: string, urls: string[]): Promise<void> {
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    for (const url of urls) {
      const name = decodeURIComponent(new URL(url).pathname.slice(1));
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/**
 * Data directories left behind by runs that were killed before their teardown: no PostgreSQL is
 * running in them and they are older than any run in its start-up phase.
 */
async function removeAbandonedDataDirs(): Promise<void> {
  const parent = path.resolve(".tmp");
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith("test-pg-"))) {
    const dir = path.join(parent, name);
    const stat = await fs.stat(dir).catch(() => null);
    if (!stat?.isDirectory() || Date.now() - stat.mtimeMs < 10 * 60_000) continue;
    if (await postgresRunsIn(dir)) continue;
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function postgresRunsIn(dir: string): Promise<boolean> {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number((await fs.readFile(pidFile, "utf8")).split("\n")[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
