// npm start / npm run dev refuse to start with one line saying what is wrong and what to do, and
// exit 1, leaving nothing running: a port in use, a database that will not start.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/dev/embedded-postgres";

const dataDir = path.resolve(".tmp", `runner-bad-${randomBytes(4).toString("hex")}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runner(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", script], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("the runner with bad input", () => {
  it("npm start on a port in use says so in one line and exits 1 before building anything", async () => {
    const port = await freePort(3414);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      const result = await runner("lib/dev/run-start.ts", { PORT: String(port), EVENTDESK_DATA_DIR: dataDir });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `[start] cannot start: port ${port} is already in use (another \`npm start\` or \`npm run dev\`?): stop what uses it, or run with PORT=<another port>`,
      ]);
      expect(result.stdout).not.toMatch(/building/);
    } finally {
      blocker.close();
    }
  });

  it("a data directory PostgreSQL cannot start on is one line naming its log, and exit 1", { timeout: 60_000 }, async () => {
    const pg = path.join(dataDir, "pg");
    mkdirSync(pg, { recursive: true });
    writeFileSync(path.join(pg, "PG_VERSION"), "not a version\n");
    const result = await runner("lib/dev/run-dev.ts", { PORT: String(await freePort(3415)), EVENTDESK_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[dev\] cannot start: the embedded PostgreSQL did not start \(.+\): see .+server\.log, or set DATABASE_URL to a server of your own$/,
    );
  });
});
