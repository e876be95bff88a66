// npm run db:backup / db:restore for the embedded PostgreSQL (lib/dev/db-backup.ts): a hot backup of
// a running server, taken while rows are being written, restored into a fresh directory, starts
// and holds every row committed before the backup began, intact.
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { backupDataDirectory, restoreDataDirectory } from "@/lib/dev/db-backup";
import { type RunningPostgres, startEmbeddedPostgres } from "@/lib/dev/embedded-postgres";

const dir = path.resolve(".tmp", `backup-test-${randomBytes(4).toString("hex")}`);
const running: RunningPostgres[] = [];
afterAll(async () => {
  for (const pg of running) await pg.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("embedded database backup", () => {
  it("restores a hot backup into a fresh directory and reads the data back", { timeout: 180_000 }, async () => {
    const source = await startEmbeddedPostgres({ dataDir: path.join(dir, "source"), database: "eventdesk", preferredPort: 56_600 });
    running.push(source);
    const sql = postgres(source.url, { max: 2, onnotice: () => {} });
    await sql`create table notes (id int primary key, body text not null)`;
    await sql`insert into notes select g, md5(g::text) from generate_series(1, 5000) g`;

    // Writes go on during the backup: the copy must still come out consistent.
    let writing = true;
    let next = 5001;
    const writer = (async () => {
      while (writing) {
        await sql`insert into notes values (${next}, ${`during ${next}`})`;
        next++;
      }
    })();
    await backupDataDirectory(path.join(dir, "source"), path.join(dir, "backup"));
    writing = false;
    await writer;
    const writtenDuring = next - 5001;
    await sql.end();
    await source.stop();
    running.splice(0);

    expect(existsSync(path.join(dir, "backup", "backup_label"))).toBe(true);
    expect(existsSync(path.join(dir, "backup", "postmaster.pid"))).toBe(false);

    const kept = await restoreDataDirectory(path.join(dir, "backup"), path.join(dir, "restored"));
    expect(kept).toBeNull();
    const restored = await startEmbeddedPostgres({ dataDir: path.join(dir, "restored"), database: "eventdesk", preferredPort: 56_650 });
    running.push(restored);
    const check = postgres(restored.url, { max: 1, onnotice: () => {} });
    try {
      const [first] = await check<
        { n: number; sum: string }[]
      >`select count(*)::int as n, sum(length(body))::text as sum from notes where id <= 5000`;
      expect(first).toEqual({ n: 5000, sum: String(5000 * 32) });
      const [{ md5 }] = await check<{ md5: string }[]>`select body as md5 from notes where id = 4321`;
      expect(md5).toBe((await check<{ m: string }[]>`select md5('4321') as m`)[0].m);
      // Rows written during the backup may or may not be in it, but never half of one.
      const during = await check<{ id: number; body: string }[]>`select id, body from notes where id > 5000 order by id`;
      expect(during.length).toBeLessThanOrEqual(writtenDuring);
      for (const row of during) expect(row.body).toBe(`during ${row.id}`);
      // The restored server accepts writes.
      await check`insert into notes values (999999, 'after restore')`;
    } finally {
      await check.end();
    }
  });

  it("refuses to restore over a running server or from a non-backup, and keeps the directory it replaces", {
    timeout: 120_000,
  }, async () => {
    const backup = path.join(dir, "backup");
    const target = path.join(dir, "restored");
    await expect(restoreDataDirectory(backup, target)).rejects.toThrow(/PostgreSQL is running/);
    await expect(restoreDataDirectory(path.join(dir, "nothing-here"), target)).rejects.toThrow(/is not a backup/);
    for (const pg of running.splice(0)) await pg.stop();
    const kept = await restoreDataDirectory(backup, target);
    expect(kept).toMatch(/restored\.before-restore-/);
    expect(existsSync(path.join(kept!, "PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(target, "backup_label"))).toBe(true);
  });
});
