// `npm run db:backup [-- <directory>]`: a backup of the embedded PostgreSQL (see db-backup.ts) into
// a new directory, by default under <data dir>/backups/. Copy it to another disk to be safe.
import path from "node:path";
import { backupDataDirectory } from "./db-backup";
import { dataDirectory } from "./run-stack";

const dataDir = dataDirectory(process.cwd());
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const to = path.resolve(process.argv[2] ?? path.join(dataDir, "backups", `eventdesk-${stamp}`));
if (process.env.DATABASE_URL) {
  console.error(
    "[backup] DATABASE_URL is set: back that server up with its provider's tools or pg_dump; this command is for the embedded database",
  );
  process.exit(1);
}
backupDataDirectory(path.join(dataDir, "pg"), to, (m) => console.log(`[backup] ${m}`))
  .then(() => {
    console.log(`[backup] done: ${to}`);
    console.log("[backup] restore with: npm run db:restore -- <that directory> (copy it to another disk meanwhile)");
    process.exit(0);
  })
  .catch((err: unknown) => {
    console.error(`[backup] failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
