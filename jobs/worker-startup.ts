// Checks the worker makes before it takes any job, so that a wrong DATABASE_URL or a database that
// has not been migrated stops it with one clear sentence (and exit code 1) instead of a loop of
// stack traces. Migrations are a deploy step (`npm run db:migrate`, the compose `migrate` service):
// the worker refuses to run on an older schema rather than racing other workers to migrate it.
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { queueSchemaInstalled } from "@/lib/queue-admin/queue-schema";

export class StartupError extends Error {}

type Journal = { entries: { tag: string; when: number }[] };

/** host:port/database of a URL, without the credentials, for messages. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

const TRANSIENT = new Set(["ECONNREFUSED", "ETIMEDOUT", "CONNECT_TIMEOUT", "EAI_AGAIN", "57P03"]);

function explain(err: unknown, where: string): string {
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot connect to PostgreSQL at ${where}: connection refused. Is the server running, and is DATABASE_URL's host and port right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to PostgreSQL at ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return `Cannot connect to PostgreSQL at ${where}: no answer in time. Check DATABASE_URL and the network.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user or password in DATABASE_URL (${e.message}).`;
    case "3D000":
      return `PostgreSQL at ${where} has no such database (${e.message}). Create it, or fix DATABASE_URL.`;
    case "57P03":
      return `PostgreSQL at ${where} is starting up or shutting down; try again in a moment.`;
    default:
      return `Cannot use PostgreSQL at ${where}: ${e.message ?? String(err)}`;
  }
}

async function connect(url: string, attempts: number, wait: (ms: number) => Promise<void>): Promise<postgres.Sql> {
  const where = describeDatabase(url);
  for (let attempt = 1; ; attempt++) {
    const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
    try {
      await sql`select 1`;
      return sql;
    } catch (err) {
      await sql.end({ timeout: 1 }).catch(() => {});
      const code = (err as { code?: string }).code ?? "";
      // A server that is still starting (compose, a restart) gets a few seconds; a wrong URL does not.
      if (!TRANSIENT.has(code) || attempt >= attempts) throw new StartupError(explain(err, where));
      await wait(2000);
    }
  }
}

/** Pending migrations: those in drizzle/meta/_journal.json newer than the last one applied. */
async function pendingMigrations(sql: postgres.Sql, migrationsFolder: string): Promise<string[]> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as Journal;
  const [table] = await sql`select to_regclass('drizzle.__drizzle_migrations') as name`;
  let last = -1;
  if (table.name) {
    const [row] = await sql`select max(created_at)::bigint as last from drizzle.__drizzle_migrations`;
    last = row.last === null ? -1 : Number(row.last);
  }
  return journal.entries.filter((e) => e.when > last).map((e) => e.tag);
}

export async function checkDatabase(
  url: string,
  opts: { attempts?: number; migrationsFolder?: string; wait?: (ms: number) => Promise<void> } = {},
): Promise<void> {
  const sql = await connect(url, opts.attempts ?? 5, opts.wait ?? ((ms) => new Promise((r) => setTimeout(r, ms))));
  try {
    const pending = await pendingMigrations(sql, opts.migrationsFolder ?? path.join(process.cwd(), "drizzle"));
    if (pending.length) {
      throw new StartupError(
        `The database at ${describeDatabase(url)} is not migrated: ${pending.length} migration(s) not applied (${pending.join(", ")}). ` +
          "Run `npm run db:migrate` (with Docker Compose: the migrate service) before starting workers.",
      );
    }
    if (!(await queueSchemaInstalled(sql))) {
      throw new StartupError(
        `The job queue is not installed in ${describeDatabase(url)}. Run \`npm run db:migrate\` before starting workers.`,
      );
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
