// A real worker process (node on the compiled bundle, built by the global setup), as production runs
// it, with its JSON log lines at hand.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { workerNodeArgs } from "@/lib/dev/worker-command";

/** Where tests/helpers/global-setup.ts bundles the worker (lib/dev/build-worker.ts). */
export const TEST_WORKER_BUNDLE_DIR = path.join(".tmp", "test-worker");
export const testWorkerBundle = () => path.resolve(TEST_WORKER_BUNDLE_DIR, "worker.mjs");
/** node's arguments for the test bundle, with the flags production starts the worker with. */
export const testWorkerArgs = () => [...workerNodeArgs(), testWorkerBundle()];

export type LogLine = { level: string; msg: string; [key: string]: unknown };

export type WorkerProcess = {
  child: ChildProcess;
  output: () => string;
  lines: () => LogLine[];
  exited: Promise<number | null>;
  waitForLog: (msg: string | RegExp, timeoutMs?: number) => Promise<LogLine>;
  /** SIGKILL if still running (cleanup after a failed test). */
  kill: () => void;
};

/** args: what node runs (the compiled bundle unless a benchmark compares another way to start it). */
export function startWorkerProcess(env: Record<string, string | undefined> = {}, args = testWorkerArgs()): WorkerProcess {
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: { ...process.env, EMAIL_TRANSPORT: "outbox", LOG_FORMAT: "json", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const lines = () =>
    output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as LogLine);
  const waitForLog = async (msg: string | RegExp, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = lines().find((l) => (typeof msg === "string" ? l.msg === msg : msg.test(l.msg)));
      if (line) return line;
      if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}) before logging ${msg}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for the worker to log ${msg}:\n${output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  return { child, output: () => output, lines, exited, waitForLog, kill };
}

/** Resolves with the exit code, or rejects if the process is still running after timeoutMs. */
export function exitWithin(worker: WorkerProcess, timeoutMs: number): Promise<number | null> {
  return Promise.race([
    worker.exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`the worker did not exit within ${timeoutMs} ms:\n${worker.output()}`)), timeoutMs),
    ),
  ]);
}

export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs: number,
  detail = () => "",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${detail()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
