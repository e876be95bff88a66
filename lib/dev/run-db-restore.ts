// `npm run db:restore -- <backup directory>`: puts a backup made by `npm run db:backup` in place as the
// embedded PostgreSQL's data directory (npm start / npm run dev must be stopped). The current data
// directory is renamed, not deleted. The next start replays the backup's WAL and runs on it.
import path from "node:path";
import { restoreDataDirectory } from "./db-backup";
import { dataDirectory } from "./run-stack";

const backup = process.argv[2];
if (!backup) {
  console.error("[restore] which backup? npm run db:restore -- <backup directory>");
  process.exit(1);
}
restoreDataDirectory(path.resolve(backup), path.join(dataDirectory(process.cwd()), "pg"), (m) => console.log(`[restore] ${m}`))
  .then(() => {
    console.log("[restore] done: start the product (npm start) to use it");
    process.exit(0);
  })
  .catch((err: unknown) => {
    console.error(`[restore] failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
