// Export of 50,000 participants (Greek names, organisations, phones, RSVP answers, check-ins) as the
// export route streams it, in a separate process: time and that process's peak RSS, for both formats.
import { spawn } from "node:child_process";
import postgres from "postgres";
import { benchEnv, scratchPostgres } from "./scratch-postgres";

const PARTICIPANTS = Number(process.env.BENCH_EXPORT_ROWS ?? 50_000);

function exportOnce(env: NodeJS.ProcessEnv): Promise<{ ms: number; bytes: number; lines: number; baselineMb: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/bench/export-child.ts"], {
      cwd: process.cwd(),
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (code !== 0 || !line) reject(new Error(`export process failed (${code}):\n${out}`));
      else resolve(JSON.parse(line));
    });
  });
}

export async function run() {
  const pg = await scratchPostgres("export", 55480);
  const sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  try {
    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone)
      values ('bench-export', 'Export benchmark', 'Hall A', now() + interval '30 days', now() + interval '31 days', 'Europe/Athens')
      returning id`;
    await sql`
      insert into participants (event_id, first_name, last_name, email, organisation, phone, status, source, rsvp_answer, created_at)
      select ${event.id}, (array['Γιώργος','Ελένη','Maria','Ada'])[1 + g % 4], (array['Παπαδόπουλος','Οικονόμου','Müller','=Formula'])[1 + g % 4],
             'person' || g || '@example.org', 'Οργανισμός ' || (g % 300) || ', Τμήμα "' || (g % 7) || '"', '+30 210 ' || lpad(g::text, 7, '0'),
             (array['pending','approved','approved','rejected'])[1 + g % 4], (array['form','csv'])[1 + g % 2],
             (array[null,'attending','declined'])[1 + g % 3], now() - g * interval '1 minute'
      from generate_series(1, ${PARTICIPANTS}) g`;
    await sql`
      insert into check_ins (event_id, participant_id, checked_in_at)
      select event_id, id, created_at + interval '1 day' from participants where event_id = ${event.id} and status = 'approved' and random() < 0.5`;
    await sql`analyze participants`;

    const env = { ...benchEnv(pg.url), EVENT_ID: event.id };
    console.log(`export of ${PARTICIPANTS.toLocaleString("en")} participants (separate process, as the export route streams it)`);
    for (const format of ["comma", "semicolon"] as const) {
      const r = await exportOnce({ ...env, FORMAT: format });
      console.log(
        `  ${format}: ${(r.ms / 1000).toFixed(2)} s (${Math.round((r.lines - 1) / (r.ms / 1000)).toLocaleString("en")} rows/s), ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.lines - 1} rows; ` +
          `process RSS before ${r.baselineMb.toFixed(0)} MB, peak ${r.peakMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await sql.end();
    await pg.stop();
  }
}
