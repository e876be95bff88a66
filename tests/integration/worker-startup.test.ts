// A worker that cannot work says why in one line and exits 1: a malformed setting, a database that
// is not there, wrong credentials, or a database that has not been migrated.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { freePort } from "@/lib/dev/embedded-postgres";
import { exitWithin, startWorkerProcess, type WorkerProcess } from "../helpers/worker-process";

let running: WorkerProcess | undefined;
afterEach(() => running?.kill());

const testUrl = () => new URL(process.env.DATABASE_URL!);

async function failsWith(env: Record<string, string>): Promise<string> {
  running = startWorkerProcess(env);
  expect(await exitWithin(running, 30_000), running.output()).toBe(1);
  const lines = running.lines();
  // One fatal line and no stack trace, not a loop of them.
  expect(lines.filter((l) => l.level === "fatal")).toHaveLength(1);
  expect(running.output()).not.toMatch(/\n\s+at /);
  return lines.find((l) => l.level === "fatal")!.msg;
}

describe("worker start-up", () => {
  it("names a malformed setting and exits 1", async () => {
    expect(await failsWith({ WORKER_CONCURRENCY: "lots" })).toMatch(/^Invalid configuration:\n\s+WORKER_CONCURRENCY: /);
  });

  it("says the database cannot be reached when nothing listens at DATABASE_URL", async () => {
    const port = await freePort(47_100);
    const message = await failsWith({ DATABASE_URL: `postgres://eventdesk:secret@127.0.0.1:${port}/eventdesk` });
    expect(message).toBe(
      `Cannot connect to PostgreSQL at 127.0.0.1:${port}/eventdesk: connection refused. Is the server running, and is DATABASE_URL's host and port right?`,
    );
  });

  it("says the password was refused", async () => {
    const url = testUrl();
    url.password = "not-the-password";
    // This test worker's own database (tests/helpers/global-setup.ts makes one per worker).
    const database = url.pathname.slice(1);
    expect(await failsWith({ DATABASE_URL: url.toString() })).toMatch(
      new RegExp(`^PostgreSQL at 127\\.0\\.0\\.1:\\d+/${database} refused the user or password in DATABASE_URL`),
    );
  });

  describe("on a database that has not been migrated", () => {
    const name = `eventdesk_unmigrated_${randomBytes(3).toString("hex")}`;
    const admin = postgres(testUrl().toString(), { max: 1, onnotice: () => {} });
    afterAll(async () => {
      await admin.unsafe(`drop database if exists "${name}"`);
      await admin.end();
    });

    it("lists the migrations to apply and says how", async () => {
      await admin.unsafe(`create database "${name}"`);
      const url = testUrl();
      url.pathname = `/${name}`;
      const message = await failsWith({ DATABASE_URL: url.toString() });
      expect(message).toMatch(
        new RegExp(`^The database at 127\\.0\\.0\\.1:\\d+/${name} is not migrated: \\d+ migration\\(s\\) not applied \\(0000_initial, `),
      );
      expect(message).toContain("Run `npm run db:migrate`");
    });
  });
});
