// The runner behind `npm start` (production) and `npm run dev` (development): without DATABASE_URL it
// starts the embedded PostgreSQL (data in EVENTDESK_DATA_DIR, default .data/), applies migrations,
// then runs the web app and the worker side by side, restarting a crashed worker. Ctrl-C stops web
// and worker, then PostgreSQL, and leaves nothing behind. Anything that stops it from starting (port
// in use, failed build, database that will not start) is one line saying what to do, and exit 1.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { STANDALONE_SERVER, staleBuildReason, WORKER_BUNDLE } from "./build-stamp";
import { workerNodeArgs } from "./worker-command";
import { type RunningPostgres, startEmbeddedPostgres } from "./embedded-postgres";
import { portInUse } from "./port";
import { buildProduct } from "./run-build";
import { superviseProcess } from "./supervise";

export type StackMode = "development" | "production";

/** A failure the person running the command can act on: printed as one line, exit 1. */
class StartError extends Error {}

export function dataDirectory(root: string): string {
  return path.resolve(root, process.env.EVENTDESK_DATA_DIR ?? ".data");
}

function authSecret(dataDir: string): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function run(root: string, name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Own process group, so that we decide the shutdown order and can kill the whole tree.
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((l) => l.length)
      .map((l) => `[${name}] ${l}\n`)
      .join("");
  child.stdout?.on("data", (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on("data", (c: Buffer) => process.stderr.write(prefix(c)));
  return child;
}

export function stopChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    child.once("exit", () => resolve());
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, timeoutMs).unref();
  });
}

export async function runStack(mode: StackMode, root = process.cwd()): Promise<void> {
  const tag = mode === "production" ? "start" : "dev";
  const log = (message: string) => console.log(`[${tag}] ${message}`);
  const port = process.env.PORT ?? "3000";
  let pg: RunningPostgres | undefined;
  try {
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)
      throw new StartError(`PORT=${port} is not a port number: set PORT to a number from 1 to 65535`);
    if (await portInUse(Number(port))) {
      throw new StartError(
        `port ${port} is already in use (another \`npm start\` or \`npm run dev\`?): stop what uses it, or run with PORT=<another port>`,
      );
    }
    if (mode === "production") {
      const reason = staleBuildReason(root);
      if (reason) {
        log(`building first: ${reason}`);
        await buildProduct(root, log).catch((err: unknown) => {
          throw new StartError(`${err instanceof Error ? err.message : String(err)}`);
        });
      }
    }

    const dataDir = dataDirectory(root);
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      log(`data (embedded PostgreSQL, auth secret) in ${dataDir}`);
      pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), database: "eventdesk", log }).catch((err: unknown) => {
        throw new StartError(
          `the embedded PostgreSQL did not start (${err instanceof Error ? err.message.split("\n")[0] : String(err)}): see ${path.join(dataDir, "pg", "server.log")}, or set DATABASE_URL to a server of your own`,
        );
      });
      databaseUrl = pg.url;
    } else {
      log("using DATABASE_URL");
    }
    await migrateDatabase(databaseUrl, log).catch((err: unknown) => {
      throw new StartError(`applying the migrations failed: ${err instanceof Error ? err.message : String(err)}`);
    });

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: mode,
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: authSecret(dataDir),
      APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
      PORT: port,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
    const web =
      mode === "production"
        ? // The standalone server (what the Docker image runs); HOSTNAME is where it listens.
          run(root, "web", process.execPath, [path.join(root, STANDALONE_SERVER)], { ...env, HOSTNAME: "0.0.0.0" })
        : run(root, "web", bin("next"), ["dev", "--port", port], env);
    const worker = superviseProcess({
      name: "worker",
      start: () =>
        mode === "production"
          ? run(root, "worker", process.execPath, [...workerNodeArgs(), path.join(root, WORKER_BUNDLE)], env)
          : run(root, "worker", bin("tsx"), ["watch", "--clear-screen=false", "jobs/worker.ts"], env),
      log,
      onGiveUp: (message) => void shutdown(message, 1),
    });
    log(`open http://localhost:${port}`);

    let stopping = false;
    const shutdown = async (reason: string, code: number) => {
      if (stopping) return;
      stopping = true;
      log(`${reason}: stopping web and worker`);
      await Promise.all([stopChild(web, 10_000), worker.stop((c) => stopChild(c, 40_000))]);
      if (pg) {
        log("stopping PostgreSQL");
        await pg.stop().catch((e: unknown) => log(`PostgreSQL stop: ${String(e)}`));
      }
      log("stopped");
      process.exit(code);
    };
    process.on("SIGINT", () => void shutdown("Ctrl-C", 0));
    process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
    web.on("exit", (code, signal) => {
      if (!stopping) void shutdown(`the web app exited (${code ?? signal})`, 1);
    });
  } catch (err) {
    await pg?.stop().catch(() => {});
    const message = err instanceof StartError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(`[${tag}] cannot start: ${message}`);
    process.exit(1);
  }
}
