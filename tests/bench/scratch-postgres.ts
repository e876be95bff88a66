// A fresh, migrated embedded PostgreSQL for one benchmark, removed afterwards.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { startEmbeddedPostgres } from "@/lib/dev/embedded-postgres";

export async function scratchPostgres(name: string, preferredPort: number) {
  const dataDir = path.join(process.cwd(), ".tmp", `bench-${name}-pg-${randomBytes(4).toString("hex")}`);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_bench", preferredPort, throwaway: !process.env.BENCH_DURABLE });
  await migrateDatabase(pg.url);
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The environment a worker or script needs against that database, as production runs it. */
export function benchEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-0123456789",
    EMAIL_TRANSPORT: "outbox",
    APP_URL: "http://localhost:3245",
  };
}

/** Peak and current resident memory of a process (Linux /proc), in MB. */
export function procMemory(pid: number): { hwmMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { hwmMb: kb("VmHWM") / 1024, rssMb: kb("VmRSS") / 1024 };
}
