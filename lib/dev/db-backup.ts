// Backup and restore of the embedded PostgreSQL (`npm run db:backup`, `npm run db:restore`), which
// ships no pg_dump. A backup is a copy of the data directory taken with PostgreSQL's low-level
// base-backup API: pg_backup_start (a checkpoint; from then on the server keeps every WAL record
// the copy needs), copy the files, pg_backup_stop (returns the backup_label the copy must carry),
// then copy the WAL written meanwhile. Started on such a copy, PostgreSQL replays that WAL and is
// consistent. A stopped server's directory is simply copied. With DATABASE_URL (a managed server),
// use that provider's backups or pg_dump instead.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";

// Runtime state that a backup must not carry (PostgreSQL's documentation lists the same): the
// server's pid file, its options, and the contents of these directories.
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "server.log", "backup_label", "tablespace_map"]);
const EMPTY_DIRS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);

/** The port of the server running on dataDir, or null when none runs. */
export async function runningPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = (await fs.readFile(pidFile, "utf8")).split("\n");
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return null;
  }
  return Number(lines[3]);
}

async function copyTree(from: string, to: string, top = true): Promise<void> {
  await fs.mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    if (top && SKIP_FILES.has(entry.name)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTY_DIRS.has(entry.name)) await fs.mkdir(dst, { mode: 0o700 });
      else if (!entry.name.startsWith("pgsql_tmp")) await copyTree(src, dst, false);
    } else if (entry.isFile()) {
      // A temporary file the server removes while we copy is no loss.
      await fs.copyFile(src, dst).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT") throw err;
      });
    }
  }
}

async function copyWal(dataDir: string, to: string): Promise<void> {
  const wal = path.join(dataDir, "pg_wal");
  for (const entry of await fs.readdir(wal, { withFileTypes: true })) {
    if (entry.isFile()) await fs.copyFile(path.join(wal, entry.name), path.join(to, "pg_wal", entry.name));
  }
  await fs.mkdir(path.join(to, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
}

/** Copies the data directory into a new directory `to`; works whether the server runs or not. */
export async function backupDataDirectory(dataDir: string, to: string, log: (m: string) => void = () => {}): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`${dataDir} is not a PostgreSQL data directory`);
  if (existsSync(to)) throw new Error(`${to} already exists: choose a new directory for the backup`);
  const port = await runningPort(dataDir);
  if (port === null) {
    log("PostgreSQL is not running: copying its data directory");
    await copyTree(dataDir, to);
    await copyWal(dataDir, to);
    return;
  }
  // One connection: a non-exclusive backup belongs to the session that started it.
  const sql = postgres(`postgres://postgres:eventdesk@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_backup_start('eventdesk', true)`;
    log(`PostgreSQL is running on port ${port}: hot backup`);
    try {
      await copyTree(dataDir, to);
    } catch (err) {
      await sql`select pg_backup_stop(false)`.catch(() => {});
      throw err;
    }
    const [stop] = await sql<{ labelfile: string; spcmapfile: string | null }[]>`select labelfile, spcmapfile from pg_backup_stop(false)`;
    await fs.writeFile(path.join(to, "backup_label"), stop.labelfile, { mode: 0o600 });
    if (stop.spcmapfile) await fs.writeFile(path.join(to, "tablespace_map"), stop.spcmapfile, { mode: 0o600 });
    // pg_backup_stop switched to a new WAL segment, so everything up to the end of the backup is in
    // complete segments now.
    await copyWal(dataDir, to);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Puts a backup in place as dataDir (which must not hold a running server). An existing dataDir is
 * kept beside it, renamed, never deleted. Returns that renamed directory, if any.
 */
export async function restoreDataDirectory(backup: string, dataDir: string, log: (m: string) => void = () => {}): Promise<string | null> {
  if (!existsSync(path.join(backup, "PG_VERSION"))) throw new Error(`${backup} is not a backup made by npm run db:backup`);
  if ((await runningPort(dataDir)) !== null) throw new Error(`PostgreSQL is running on ${dataDir}: stop npm start / npm run dev first`);
  let kept: string | null = null;
  if (existsSync(dataDir)) {
    kept = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await fs.rename(dataDir, kept);
    log(`the current data directory is kept as ${kept}`);
  }
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.cp(backup, dataDir, { recursive: true });
  await fs.chmod(dataDir, 0o700);
  // As root, the server runs as the `postgres` user (see embedded-postgres.ts): it must own the files.
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dataDir]);
  return kept;
}
