// Starts the product as production runs it: `next build` (unless reused), `next start` and the compiled worker,
// on a fresh embedded PostgreSQL (or the database given). Used by the e2e suite and the benchmarks.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { buildWorker } from "@/lib/dev/build-worker";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/dev/embedded-postgres";
import { TEST_WORKER_BUNDLE_DIR, testWorkerArgs } from "./worker-process";

export type AppStack = {
  url: string;
  databaseUrl: string;
  env: NodeJS.ProcessEnv;
  /** Process ids of the web server and of each worker (for benchmarks that sample their memory). */
  pids: { web: number; workers: number[] };
  stop: () => Promise<void>;
};

const root = process.cwd();

export function buildApp(log: (m: string) => void = console.log): void {
  log("building the production app (next build)…");
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startAppStack(opts: {
  port: number;
  databaseUrl?: string;
  build?: boolean;
  workers?: number;
  extraEnv?: NodeJS.ProcessEnv;
  /** Node flags for web and worker that NODE_OPTIONS refuses (the benchmark's --cpu-prof). */
  nodeArgs?: string[];
  log?: (m: string) => void;
  quiet?: boolean;
}): Promise<AppStack> {
  const log = opts.log ?? console.log;
  let pg: RunningPostgres | undefined;
  let dataDir: string | undefined;
  let databaseUrl = opts.databaseUrl;
  if (!databaseUrl) {
    dataDir = path.join(root, ".tmp", `stack-pg-${randomBytes(4).toString("hex")}`);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk", preferredPort: 55400, log, throwaway: !process.env.BENCH_DURABLE });
    databaseUrl = pg.url;
  }
  try {
    await migrateDatabase(databaseUrl, log);
    if (opts.build !== false || !existsSync(path.join(root, ".next", "BUILD_ID"))) buildApp(log);
    // The compiled worker, as production runs it (about a second, so always fresh).
    await buildWorker(root, path.resolve(TEST_WORKER_BUNDLE_DIR));
  } catch (err) {
    // A failed build must not leave the embedded PostgreSQL running behind it.
    await pg?.stop().catch(() => {});
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }

  const url = `http://localhost:${opts.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    APP_URL: url,
    PORT: String(opts.port),
    BETTER_AUTH_SECRET: "e2e-and-bench-secret-0123456789abcdef",
    EMAIL_TRANSPORT: "outbox",
    // /api/metrics answers only with this token (tests/e2e/jobs.spec.ts reads it).
    METRICS_TOKEN: "e2e-and-bench-metrics-token-0123",
    ...opts.extraEnv,
  };
  const children: ChildProcess[] = [];
  const start = (name: string, args: string[]) => {
    const child = spawn(args[0], args.slice(1), { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      if (!opts.quiet) stream.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
    };
    child.stdout!.on("data", forward(process.stdout));
    child.stderr!.on("data", forward(process.stderr));
    children.push(child);
    return child;
  };
  const nodeArgs = opts.nodeArgs ?? [];
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  const web = start(
    "web",
    nodeArgs.length
      ? [process.execPath, ...nodeArgs, nextBin, "start", "--port", String(opts.port)]
      : [path.join(root, "node_modules/.bin/next"), "start", "--port", String(opts.port)],
  );
  const workers: ChildProcess[] = [];
  for (let i = 0; i < (opts.workers ?? 1); i++) workers.push(start(`worker${i + 1}`, [process.execPath, ...nodeArgs, ...testWorkerArgs()]));
  await waitForHealth(`${url}/api/health`, 120_000);

  return {
    url,
    databaseUrl,
    env,
    pids: { web: web.pid!, workers: workers.map((w) => w.pid!) },
    stop: async () => {
      await Promise.all(children.map((c) => stopProcessGroup(c)));
      if (pg) await pg.stop().catch(() => {});
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy in ${timeoutMs} ms`);
}

export function stopProcessGroup(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }, timeoutMs).unref();
  });
}
