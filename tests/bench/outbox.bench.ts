// The outbox query at 100,000 messages over 20 events: the first page, a page deep in (by keyset
// cursor, after walking 200 pages back), each filter, the search and the recipient filter, through
// listMessagesForUser (the page's one query pair: the page and the capped count). 30 runs each
// after a warm-up. Needs a migrated database it may fill: BENCH_DATABASE_URL (messages and events
// are deleted before and after). Run alone:
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test_x node --import tsx tests/bench/outbox.bench.ts
import postgres from "postgres";
import { ms, summarize } from "./stats";

const N = 100_000;
const RUNS = 30;

export async function run() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    console.log("outbox: skipped (set BENCH_DATABASE_URL to a migrated database it may fill)");
    return;
  }
  process.env.DATABASE_URL = url;
  const { db, closeDb } = await import("@/lib/db/client");
  const { listMessagesForUser } = await import("@/lib/db/queries/messages");
  const { parseOutboxParams } = await import("@/lib/validation/outbox");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`truncate messages, events cascade`;
    const t0 = performance.now();
    const events = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone)
      select 'bench-outbox-' || g, 'Outbox bench ' || g, 'Hall', now(), now() + interval '1 hour', 'Europe/Athens'
      from generate_series(1, 20) g returning id`;
    const ids = events.map((e) => e.id as string);
    await sql`
      insert into messages (key, event_id, kind, from_address, to_address, subject, status, delivery_status, created_at)
      select 'bench:' || g, (${ids}::uuid[])[1 + g % 20],
             (array['registration_received','approved','rejected','rsvp_request','ticket_resend','certificate'])[1 + g % 6],
             'events@example.org', 'person' || g || '@example.com', 'Subject ' || g || ' for Παπαδοπούλου',
             (array['sent','sent','sent','sent','failed','queued','suppressed'])[1 + g % 7],
             case when g % 50 = 0 then 'bounced' when g % 3 = 0 then 'delivered' end,
             now() - (g * interval '7 seconds')
      from generate_series(1, ${N}) g`;
    await sql`analyze messages`;
    console.log(`outbox query (${N.toLocaleString("en-GB")} messages, 20 events; seeded in ${ms(performance.now() - t0)})`);

    const owner = { id: "bench", role: "owner" as const };
    // A cursor 200 pages (10,000 messages) back.
    let deep: string | undefined;
    {
      let page = await listMessagesForUser(db(), owner, {});
      for (let i = 0; i < 200 && page.older; i++) page = await listMessagesForUser(db(), owner, { before: page.older });
      deep = page.older;
    }
    const scenarios: [string, () => Promise<unknown>][] = [
      ["first page", () => listMessagesForUser(db(), owner, {})],
      ["page 201 (keyset cursor)", () => listMessagesForUser(db(), owner, { before: deep })],
      ["event filter", () => listMessagesForUser(db(), owner, { filter: parseOutboxParams({ event: ids[3] }) })],
      ["kind filter: rsvp_request", () => listMessagesForUser(db(), owner, { filter: parseOutboxParams({ kind: "rsvp_request" }) })],
      ["status filter: failed", () => listMessagesForUser(db(), owner, { filter: parseOutboxParams({ status: "failed" }) })],
      ["delivery filter: bounced", () => listMessagesForUser(db(), owner, { filter: parseOutboxParams({ delivery: "bounced" }) })],
      [
        "recipient person4242@example.com",
        () => listMessagesForUser(db(), owner, { filter: parseOutboxParams({ to: "person4242@example.com" }) }),
      ],
      ["search “subject 999”", () => listMessagesForUser(db(), owner, { filter: parseOutboxParams({ q: "subject 999" }) })],
      [
        "event + status + page 2",
        async () => {
          const f = parseOutboxParams({ event: ids[5], status: "sent" });
          const first = await listMessagesForUser(db(), owner, { filter: f });
          return listMessagesForUser(db(), owner, { filter: f, before: first.older });
        },
      ],
    ];
    for (const [name, fn] of scenarios) {
      for (let i = 0; i < 3; i++) await fn();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      const s = summarize(times);
      console.log(`  ${name.padEnd(36)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`);
    }
  } finally {
    await sql`truncate messages, events cascade`;
    await sql.end();
    await closeDb();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
