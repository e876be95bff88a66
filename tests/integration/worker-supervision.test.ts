// The runner's worker supervision (lib/dev/supervise.ts) on the real compiled worker: a worker killed
// with SIGKILL is restarted and runs jobs again; one that keeps dying at start is given up on with a
// message instead of being restarted for ever.
import { type ChildProcess, spawn } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { stopChild } from "@/lib/dev/run-stack";
import { type Supervisor, superviseProcess } from "@/lib/dev/supervise";
import { producer } from "@/lib/queue/boss";
import { closeConnections, resetDb } from "../helpers/db";
import { testWorkerArgs, until } from "../helpers/worker-process";

beforeEach(resetDb);
afterAll(closeConnections);

let supervisor: Supervisor | undefined;
afterEach(async () => {
  await supervisor?.stop((c) => stopChild(c, 5_000));
  supervisor = undefined;
});

function startWorker(env: Record<string, string>, output: { text: string }): ChildProcess {
  const child = spawn(process.execPath, testWorkerArgs(), {
    env: { ...process.env, EMAIL_TRANSPORT: "outbox", LOG_FORMAT: "json", WORKER_TEST_JOBS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (d) => (output.text += d));
  child.stderr?.on("data", (d) => (output.text += d));
  return child;
}

const readyCount = (output: { text: string }) => output.text.split("\n").filter((l) => l.includes('"msg":"ready"')).length;

describe("worker supervision", () => {
  it("restarts a worker killed with SIGKILL, logs the restart, and the new worker runs jobs", async () => {
    const output = { text: "" };
    const logs: string[] = [];
    let gaveUp: string | undefined;
    supervisor = superviseProcess({
      name: "worker",
      start: () => startWorker({}, output),
      log: (m) => logs.push(m),
      onGiveUp: (m) => (gaveUp = m),
      backoffMs: 200,
    });
    await until(
      "the first worker to be ready",
      () => readyCount(output) === 1,
      30_000,
      () => output.text,
    );
    const first = supervisor.current();
    process.kill(first.pid!, "SIGKILL");

    await until(
      "the restarted worker to be ready",
      () => readyCount(output) === 2,
      30_000,
      () => output.text,
    );
    expect(supervisor.current().pid).not.toBe(first.pid);
    expect(logs).toEqual([
      expect.stringMatching(/^the worker exited \(SIGKILL\) after [\d.]+ s; restarting it in 0\.2 s \(restart 1 of at most 5 in a row\)$/),
    ]);
    expect(gaveUp).toBeUndefined();

    const id = await (await producer()).send("test.noop", {});
    await until(
      "the restarted worker to complete a job",
      async () => {
        const [row] = await db().execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`);
        return row?.state === "completed";
      },
      30_000,
      () => output.text,
    );
  });

  it("gives up with a message when the worker keeps exiting right after start", async () => {
    const output = { text: "" };
    const logs: string[] = [];
    const gaveUp = new Promise<string>((resolve) => {
      supervisor = superviseProcess({
        name: "worker",
        // A setting the worker refuses: it says so and exits 1, every time.
        start: () => startWorker({ WORKER_CONCURRENCY: "many" }, output),
        log: (m) => logs.push(m),
        onGiveUp: resolve,
        backoffMs: 50,
        maxCrashes: 3,
      });
    });
    const message = await gaveUp;
    expect(logs).toHaveLength(3);
    expect(logs[2]).toMatch(/restart 3 of at most 3 in a row/);
    expect(message).toMatch(/^the worker exited \(code 1\) 4 times in a row, each within 60 s of starting: giving up\./);
    expect(output.text).toMatch(/Invalid configuration/);
  });
});
