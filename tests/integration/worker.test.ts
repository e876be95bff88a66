// The worker as it runs in production: a separate process started with tsx, picking jobs up from
// PostgreSQL, stopping cleanly on SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerParticipant } from "@/lib/participants/register-participant";
import { closeConnections, createEvent, messagesOf, registration, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

type Worker = { child: ChildProcess; output: () => string; exited: Promise<number | null> };
let worker: Worker | undefined;

afterEach(() => {
  // A failed test must not leave the worker running: kill tsx and the node process it started.
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
    try {
      process.kill(-worker.child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
  worker = undefined;
});

function startWorker(): Worker {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["jobs/worker.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, EMAIL_TRANSPORT: "outbox", WORKER_CONCURRENCY: "2" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that cleanup after a failure reaches tsx's child process too.
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  detail = () => "",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${detail()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the worker process", () => {
  it("picks up a registration, sends its email through the outbox, and exits 0 on SIGTERM", async () => {
    worker = startWorker();
    const w = worker;
    await until("the worker to be ready", () => (w.output().includes('"msg":"ready"') ? true : undefined), 30_000, w.output);

    const event = await createEvent({ approvalMode: "automatic" });
    const started = Date.now();
    const result = await registerParticipant(db(), event.id, registration({ firstName: "Γιώργος" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const message = await until(
      "the approval email to be sent",
      async () => (await messagesOf(result.participantId)).find((m) => m.status === "sent"),
      10_000,
      w.output,
    );
    const pickUpMs = Date.now() - started;
    console.log(`[worker test] registration → email sent in ${pickUpMs} ms`);
    expect(pickUpMs).toBeLessThan(10_000);
    expect(message).toMatchObject({ kind: "approved", transport: "outbox", attempts: 1 });

    w.child.kill("SIGTERM");
    const code = await Promise.race([w.exited, new Promise<string>((r) => setTimeout(() => r("still running"), 15_000))]);
    expect(code, w.output()).toBe(0);
    expect(w.output()).toContain('"msg":"stopped"');
  });
});
