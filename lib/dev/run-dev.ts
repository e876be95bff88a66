// `npm run dev`: the whole product on one machine with nothing else installed. Without DATABASE_URL
// it starts the embedded PostgreSQL (data in .data/pg), applies migrations, then runs the Next.js
// app and the worker side by side. Ctrl-C stops both, then PostgreSQL, and leaves nothing behind.
//
// `npm run dev -- --production` runs the production build (`next start`) instead of `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

const root = process.cwd();
const production = process.argv.includes("--production");
const port = process.env.PORT ?? "3000";

function log(message: string) {
  console.log(`[dev] ${message}`);
}

function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Own process group, so that we decide the shutdown order and can kill the whole tree.
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((l) => l.length)
      .map((l) => `[${name}] ${l}\n`)
      .join("");
  child.stdout!.on("data", (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr!.on("data", (c: Buffer) => process.stderr.write(prefix(c)));
  return child;
}

function stopChild(child: ChildProcess, timeoutMs: number): Promise<void> {
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

async function main() {
  let pg: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    pg = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "pg"), database: "eventdesk", log });
    databaseUrl = pg.url;
  } else {
    log("using DATABASE_URL");
  }
  await migrateDatabase(databaseUrl, log);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: authSecret(),
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const nextBin = path.join(root, "node_modules", ".bin", "next");
  const tsxBin = path.join(root, "node_modules", ".bin", "tsx");
  const children = [
    run("web", nextBin, [production ? "start" : "dev", "--port", port], env),
    run("worker", tsxBin, [...(production ? [] : ["watch", "--clear-screen=false"]), "jobs/worker.ts"], env),
  ];
  log(`open http://localhost:${port}`);

  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping web and worker`);
    await Promise.all(children.map((c) => stopChild(c, 10_000)));
    if (pg) {
      log("stopping PostgreSQL");
      await pg.stop().catch((e) => log(`PostgreSQL stop: ${String(e)}`));
    }
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("Ctrl-C", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  for (const child of children) {
    child.on("exit", (code, signal) => {
      if (!stopping) void shutdown(`a process exited (${code ?? signal})`, 1);
    });
  }
}

main().catch((err) => {
  console.error("[dev] could not start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
