// The participants page at 20,000 participants, through the production build: time to the full
// response (server render + transfer on localhost) for the first page, a search, a status filter, a
// sort by name descending and page 200, 50 requests each after a warm-up. Then "approve all pending"
// for 20,000 participants in one call of the approveParticipants use-case (one transaction: a single
// UPDATE … RETURNING, a single INSERT … SELECT for history, bulk job inserts).
// No worker runs: the approval jobs would otherwise start rendering tickets while we measure.
import postgres from "postgres";
import { startAppStack } from "../helpers/app-stack";
import { ms, summarize } from "./stats";

const N = 20_000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const OWNER = { name: "Bench Owner", email: "bench-owner@example.com", password: "bench-password-123" };

export async function run() {
  const stack = await startAppStack({
    port: Number(process.env.BENCH_PORT ?? 3241),
    build: process.env.BENCH_REUSE_BUILD !== "1",
    workers: 0,
    quiet: true,
    log: () => {},
  });
  const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const cookie = await createOwner(stack);
    const [owner] = await sql`select id, name, role from "user" where email = ${OWNER.email}`;

    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode, created_by)
      values ('bench-participants', 'Participants Benchmark', 'Hall A', now() + interval '30 days', now() + interval '31 days', 'Europe/Athens', 'manual', ${owner.id})
      returning id`;
    const t0 = performance.now();
    await seedParticipants(sql, event.id, N, "mixed");
    console.log(
      `participants page (production build, ${N.toLocaleString("en-GB")} participants in the event; seeded in ${ms(performance.now() - t0)})`,
    );
    await sql`analyze participants`;

    const base = `${stack.url}/events/${event.id}/participants`;
    const scenarios: [string, string][] = [
      ["first page, newest first", base],
      ["search “maria”", `${base}?q=maria`],
      ["search “Παπαδοπούλου” (Greek surname)", `${base}?q=${encodeURIComponent("Παπαδοπούλου")}`],
      ["search “an” (too short for trigrams)", `${base}?q=an`],
      ["status filter: approved", `${base}?status=approved`],
      ["sort by name, descending", `${base}?sort=name&dir=desc`],
      ["page 200", `${base}?page=200`],
    ];
    for (const [label, url] of scenarios) {
      for (let i = 0; i < 5; i++) await timedGet(url, cookie); // warm-up: JIT, connection pool, plan cache
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push(await timedGet(url, cookie));
      const s = summarize(times);
      console.log(`  ${label.padEnd(40)} p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)} (${s.n} requests)`);
    }

    // Approve all pending, at the use-case level, on a second event of 20,000 pending participants.
    const [big] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode, created_by)
      values ('bench-approve-all', 'Approve-all Benchmark', 'Hall B', now() + interval '30 days', now() + interval '31 days', 'Europe/Athens', 'manual', ${owner.id})
      returning id`;
    await seedParticipants(sql, big.id, N, "pending");
    await sql`analyze participants`;
    const { approveParticipants } = await import("@/lib/participants/approve-participants");
    const { db } = await import("@/lib/db/client");
    const { producer } = await import("@/lib/queue/boss");
    await producer(); // started outside the measurement, as in a running web process
    const a0 = performance.now();
    const result = await approveParticipants(db(), { id: owner.id, name: owner.name, role: owner.role }, big.id, {
      filter: { status: "pending" },
    });
    const elapsed = performance.now() - a0;
    const [check] = await sql`
      select (select count(*)::int from participants where event_id = ${big.id} and status = 'approved') as approved,
             (select count(*)::int from participant_status_history h join participants p on p.id = h.participant_id where p.event_id = ${big.id}) as history,
             (select count(*)::int from pgboss.job where name = 'participant.approved') as jobs`;
    console.log(`approve all pending (${N.toLocaleString("en-GB")}) in one approveParticipants call: ${ms(elapsed)}`);
    console.log(
      `  result ${JSON.stringify(result)}; rows now approved ${check.approved}, history rows ${check.history}, jobs ${check.jobs}`,
    );
  } finally {
    await (await import("@/lib/queue/boss")).stopProducer();
    await (await import("@/lib/db/client")).closeDb();
    await sql.end();
    await stack.stop();
  }
}

async function timedGet(url: string, cookie: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  const elapsed = performance.now() - t;
  if (res.status !== 200 || !body.includes("<h1")) throw new Error(`${url} answered ${res.status}`);
  return elapsed;
}

/**
 * The owner account, created in-process with Better Auth against the stack's database (the setup
 * form only works with JavaScript), then signed in: returns the session cookie the app accepts.
 */
async function createOwner(stack: { url: string; databaseUrl: string; env: NodeJS.ProcessEnv }): Promise<string> {
  // This process's lib/* reads the same settings as the stack (database, auth secret, URL).
  Object.assign(process.env, { DATABASE_URL: stack.databaseUrl, BETTER_AUTH_SECRET: stack.env.BETTER_AUTH_SECRET, APP_URL: stack.url });
  const { auth } = await import("@/lib/auth/auth");
  await auth().api.signUpEmail({ body: { name: OWNER.name, email: OWNER.email, password: OWNER.password } });
  const res = await auth().api.signInEmail({ body: { email: OWNER.email, password: OWNER.password }, asResponse: true });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!cookies.some((c) => c.includes("session_token"))) throw new Error(`sign-in gave no session cookie (status ${res.status})`);
  return cookies.join("; ");
}

/** n participants in one INSERT … SELECT: Greek and Latin names, organisations, every status and source. */
async function seedParticipants(sql: postgres.Sql, eventId: string, n: number, statuses: "mixed" | "pending") {
  await sql`
    insert into participants (event_id, first_name, last_name, email, organisation, phone, status, source, created_at)
    select ${eventId},
           (array['Maria','Eleni','Nikos','Giorgos','Ada','Grace','Alan','Anna','Μαρία','Ελένη','Νίκος','Δημήτρης'])[1 + g % 12],
           (array['Papadopoulou','Lovelace','Hopper','Turing','Nikolaidis','Παπαδοπούλου','Γεωργίου','Smith','Müller','Ivanova'])[1 + (g / 12) % 10] || ' ' || g,
           'person' || g || '@example.com',
           case when g % 5 = 0 then null else (array['University of Athens','Analytical Engines','US Navy','Acme Ltd','Πανεπιστήμιο Κρήτης'])[1 + g % 5] end,
           '+30 210 ' || lpad(g::text, 7, '0'),
           ${statuses === "pending" ? sql`'pending'` : sql`(array['pending','pending','approved','approved','approved','rejected','cancelled'])[1 + g % 7]`},
           (array['form','form','form','csv','dashboard'])[1 + g % 5],
           now() - interval '60 days' + g * interval '1 minute'
    from generate_series(1, ${n}) g`;
}
