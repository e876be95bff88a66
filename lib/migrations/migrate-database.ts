// Applies the drizzle migrations in drizzle/ and installs pg-boss's schema and our queues: the
// deploy step, above both lib/db and lib/queue (so neither has to import the other).
// Serialised with an advisory lock so that several processes starting together do not race.
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { PgBoss } from "pg-boss";
import { createQueues } from "@/jobs/create-queues";

const LOCK_ID = 727_001;

export async function migrateDatabase(databaseUrl: string, log: (m: string) => void = () => {}): Promise<void> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${LOCK_ID})`;
    try {
      await migrate(drizzle(client), { migrationsFolder: path.join(process.cwd(), "drizzle") });
      log("database schema is up to date");
      const boss = new PgBoss({ connectionString: databaseUrl, supervise: false, schedule: false, max: 2 });
      boss.on("error", () => {});
      await boss.start();
      try {
        await createQueues(boss);
      } finally {
        await boss.stop({ graceful: false, close: true });
      }
      log("job queues are ready");
    } finally {
      await client`select pg_advisory_unlock(${LOCK_ID})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
