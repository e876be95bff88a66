// `npm run dev` must not refresh itself: the embedded PostgreSQL writes its files under the data
// directory (inside the project tree by default), and nothing that the dev server or Tailwind
// watches may react to that. Starts the real dev stack (lib/dev/run-dev.ts) with its data directory
// inside the tree, opens a page in Chromium, writes to the database for 10 s, and asserts that the
// page made no request and did not navigate meanwhile (the HMR socket is not a request).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { stopChild } from "@/lib/dev/run-stack";
import { until } from "../helpers/worker-process";

const PORT = 3412;
const dataDir = `dev-refresh-data-${randomBytes(4).toString("hex")}`;
let runner: ChildProcess | undefined;
let browser: Browser | undefined;
let output = "";

afterAll(async () => {
  await browser?.close();
  if (runner) await stopChild(runner, 30_000);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("npm run dev", () => {
  it("an idle page makes no requests while the embedded database is busy", { timeout: 300_000 }, async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), EVENTDESK_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" };
    // The embedded database is the point: the test database is not used here.
    delete env.DATABASE_URL;
    runner = spawn(process.execPath, ["--import", "tsx", "lib/dev/run-dev.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    runner.stdout?.on("data", (d) => (output += d));
    runner.stderr?.on("data", (d) => (output += d));
    const log = () => output;

    const pgPort = await until(
      "the embedded PostgreSQL",
      () => /PostgreSQL listening on 127\.0\.0\.1:(\d+)/.exec(output)?.[1],
      120_000,
      log,
    );
    await until("the dev server", () => output.includes(`open http://localhost:${PORT}`) && /Ready in/.test(output), 120_000, log);

    const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
    const page = await browser.newPage();
    // The first visit compiles the page; let it and its assets settle before watching.
    await page.goto(`http://localhost:${PORT}/sign-in`, { timeout: 180_000, waitUntil: "networkidle" });
    await page.waitForTimeout(3_000);

    const requests: string[] = [];
    const navigations: string[] = [];
    page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
    page.on("framenavigated", (f) => navigations.push(f.url()));

    const sql = postgres(`postgres://postgres:eventdesk@127.0.0.1:${pgPort}/eventdesk`, { max: 1, onnotice: () => {} });
    let writes = 0;
    try {
      await sql`create table if not exists dev_refresh_scratch (id serial primary key, payload text not null)`;
      const payload = "x".repeat(256 * 1024);
      const until10s = Date.now() + 10_000;
      while (Date.now() < until10s) {
        await sql`insert into dev_refresh_scratch (payload) select ${payload} || g from generate_series(1, 8) g`;
        writes++;
        if (writes % 20 === 0) await sql`checkpoint`;
      }
      await sql`drop table dev_refresh_scratch`;
    } finally {
      await sql.end({ timeout: 5 });
    }
    // A refresh set off by the last writes would come within a moment.
    await page.waitForTimeout(2_000);

    expect(writes).toBeGreaterThan(20);
    expect({ requests, navigations }).toEqual({ requests: [], navigations: [] });
    expect(output).not.toMatch(/Compiled in|Fast Refresh/);
  });
});
