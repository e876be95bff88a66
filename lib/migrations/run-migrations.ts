// `npm run db:migrate`: apply migrations to DATABASE_URL (production deploys run this once).
import { migrateDatabase } from "./migrate-database";
import { env } from "@/lib/env";

migrateDatabase(env().DATABASE_URL, (m) => console.log(`[migrate] ${m}`))
  .then(() => process.exit(0))
  .catch((err) => {
    console.error("[migrate] failed:", err instanceof Error ? err.message : err);
    process.exit(1);
  });
