// Registrations through the production build: 20 concurrent clients for 20 s post the public form
// (the no-JavaScript form post that Next.js server actions accept), then we measure how long each
// confirmation email took from the moment its form was submitted until the worker stored it as sent.
import postgres from "postgres";
import { startAppStack } from "../helpers/app-stack";
import { ms, summarize } from "./stats";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;

export async function run() {
  const stack = await startAppStack({ port: 3290, build: process.env.BENCH_REUSE_BUILD !== "1", quiet: true, log: () => {} });
  const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const [event] = await sql`
      insert into events (slug, title, venue, starts_at, ends_at, time_zone, approval_mode)
      values ('bench', 'Benchmark Conference', 'Hall A', now() + interval '30 days', now() + interval '31 days', 'Europe/Athens', 'manual')
      returning id`;
    const page = await (await fetch(`${stack.url}/e/bench`)).text();
    const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(
      ([, name, value]) => [name, (value ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")] as const,
    );
    if (!hidden.length) throw new Error("no server action fields found in the form");

    const submitted = new Map<string, number>();
    const latencies: number[] = [];
    let errors = 0;
    let seq = 0;
    const deadline = Date.now() + DURATION_MS;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, client) => {
        while (Date.now() < deadline) {
          const email = `bench-${client}-${seq++}@example.com`;
          const form = new FormData();
          for (const [name, value] of hidden) form.append(name, value);
          form.append("firstName", "Ελένη");
          form.append("lastName", "Benchmark");
          form.append("email", email);
          form.append("consent", "on");
          const t0 = performance.now();
          submitted.set(email, Date.now());
          const res = await fetch(`${stack.url}/e/bench`, { method: "POST", body: form });
          const body = await res.text();
          latencies.push(performance.now() - t0);
          if (!res.ok || !body.includes("you are registered")) errors++;
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;

    // Wait for the worker to drain, then read when each confirmation was stored as sent.
    const total = latencies.length - errors;
    const drainDeadline = Date.now() + 120_000;
    for (;;) {
      const [{ n }] = await sql`select count(*)::int as n from messages where event_id = ${event.id} and status = 'sent'`;
      if (n >= total || Date.now() > drainDeadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const rows = await sql`select to_address, sent_at from messages where event_id = ${event.id} and status = 'sent'`;
    const pipeline = rows.map((r) => (r.sent_at as Date).getTime() - submitted.get(r.to_address as string)!);
    const [{ participants }] = await sql`select count(*)::int as participants from participants where event_id = ${event.id}`;

    const req = summarize(latencies);
    const mail = summarize(pipeline);
    console.log(`registration (production build, concurrency ${CONCURRENCY}, ${elapsed.toFixed(1)} s)`);
    console.log(`  requests: ${latencies.length} (${errors} errors), ${(latencies.length / elapsed).toFixed(1)} req/s`);
    console.log(`  request latency: p50 ${ms(req.p50)}, p99 ${ms(req.p99)}, max ${ms(req.max)}`);
    console.log(`  participants stored: ${participants}; confirmations sent: ${rows.length}`);
    console.log(`  submit → confirmation stored: p50 ${ms(mail.p50)}, p99 ${ms(mail.p99)}, max ${ms(mail.max)}`);
  } finally {
    await sql.end();
    await stack.stop();
  }
}
