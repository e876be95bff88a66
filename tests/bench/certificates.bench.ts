// Certificates, in one run on the production stack (next start + workers this file starts):
// (a) the bare render of one certificate (QR + React-PDF) in this process, 100 times; (b) 1,000
// certificates generated with one worker process, then another 1,000 with two: time to completion,
// certificates per second and each worker's peak RSS; (c) the ZIP download of 1,000 certificates:
// time, size and the web process's resident memory while it streams.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { startAppStack, stopProcessGroup, type AppStack } from "../helpers/app-stack";
import { testWorkerArgs } from "../helpers/worker-process";
import { ms } from "./stats";

const N = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const RENDERS = 100;
const PORT = Number(process.env.BENCH_CERTIFICATES_PORT ?? 3249);

function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

async function seedEvent(client: postgres.Sql, n: number): Promise<string> {
  const slug = `bench-cert-${randomUUID().slice(0, 8)}`;
  const [event] = await client`
    insert into events (slug, title, venue, starts_at, ends_at, time_zone)
    values (${slug}, 'Συνέδριο Ανοιχτών Δεδομένων 2026', 'Τεχνόπολη, Αθήνα', now() - interval '2 days', now() - interval '2 days' + interval '8 hours', 'Europe/Athens')
    returning id`;
  await client`
    insert into participants (event_id, first_name, last_name, email, status)
    select ${event.id}, 'Ελένη', 'Παπαδοπούλου ' || lpad(g::text, 4, '0'), ${slug} || '-' || g || '@example.com', 'approved'
    from generate_series(1, ${n}) g`;
  return event.id as string;
}

function startWorkers(stack: AppStack, n: number): ChildProcess[] {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, testWorkerArgs(), { cwd: process.cwd(), env: stack.env, detached: true, stdio: "ignore" }),
  );
}

async function generate(client: postgres.Sql, eventId: string, workers: ChildProcess[], timeoutMs: number) {
  const { startGeneration } = await import("@/lib/certificates/start-generation");
  const { db } = await import("@/lib/db/client");
  const owner = { id: "bench", name: "Bench", role: "owner" as const };
  const peaks = new Map<number, number>();
  const sample = () => {
    for (const w of workers) peaks.set(w.pid!, Math.max(peaks.get(w.pid!) ?? 0, memoryOf(w.pid!)?.rss ?? 0));
  };
  const sampler = setInterval(sample, 100);
  const t0 = performance.now();
  const started = await startGeneration(db(), owner, eventId, randomUUID(), false);
  if (!started.ok) throw new Error("generation did not start");
  try {
    for (;;) {
      const [op] = await client`select state, processed, succeeded, failed from operations where id = ${started.operationId}`;
      if (op.state === "completed")
        return {
          seconds: (performance.now() - t0) / 1000,
          op,
          peaks: [...peaks.values()],
          hwm: workers.map((w) => memoryOf(w.pid!)?.hwm ?? NaN),
        };
      if (performance.now() - t0 > timeoutMs) throw new Error(`only ${op.processed} of ${N} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    clearInterval(sampler);
  }
}

export async function run() {
  const stack = await startAppStack({ port: PORT, build: process.env.BENCH_REUSE_BUILD !== "1", workers: 0, quiet: true, log: () => {} });
  Object.assign(process.env, {
    DATABASE_URL: stack.databaseUrl,
    APP_URL: stack.url,
    BETTER_AUTH_SECRET: stack.env.BETTER_AUTH_SECRET,
    DB_POOL_MAX: "4",
  });
  const client = postgres(stack.databaseUrl, { max: 4, onnotice: () => {} });
  let workers: ChildProcess[] = [];
  try {
    const { renderCertificatePdf } = await import("@/lib/certificates/render-certificate");
    const { defaultSettings } = await import("@/lib/certificates/load-settings");
    const sampleEvent = {
      title: "Συνέδριο Ανοιχτών Δεδομένων 2026",
      venue: "Τεχνόπολη, Αθήνα",
      startsAt: new Date("2026-12-01T07:30:00Z"),
      endsAt: new Date("2026-12-01T15:00:00Z"),
      timeZone: "Europe/Athens",
    };
    const loaded = { settings: defaultSettings(randomUUID()), logo: null, signature: null };
    const person = { firstName: "Ελένη", lastName: "Παπαδοπούλου 0001" };
    for (let i = 0; i < 10; i++) await renderCertificatePdf(sampleEvent, loaded, person, "0".repeat(26), new Date());
    const b0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < RENDERS; i++) bytes = (await renderCertificatePdf(sampleEvent, loaded, person, "0".repeat(26), new Date())).length;
    const bare = (performance.now() - b0) / RENDERS;
    console.log(
      `bare render (QR + React-PDF, same document, ${RENDERS} in-process, sequential): ${ms(bare)} per certificate, ${(bytes / 1024).toFixed(1)} KB each`,
    );

    let zipEvent = "";
    for (const count of [1, 2]) {
      workers = startWorkers(stack, count);
      // Warm-up: the workers are up and have loaded their fonts before the clock starts.
      await generate(client, await seedEvent(client, 4 * count), workers, 120_000);
      const eventId = await seedEvent(client, N);
      const r = await generate(client, eventId, workers, 600_000);
      const perCert = (r.seconds * 1000) / N;
      console.log(
        `${count} worker${count > 1 ? "s" : ""}: ${N} certificates in ${r.seconds.toFixed(1)} s = ${(N / r.seconds).toFixed(1)} certificates/s (${ms(perCert)} each, ${(perCert / bare).toFixed(2)}× the bare render${count > 1 ? `; per worker ${((perCert * count) / bare).toFixed(2)}×` : ""}); ` +
          `succeeded ${r.op.succeeded}, failed ${r.op.failed}; peak RSS per worker ${r.peaks.map((p) => `${p.toFixed(0)} MB`).join(", ")} (VmHWM ${r.hwm.map((h) => `${h.toFixed(0)} MB`).join(", ")})`,
      );
      await Promise.all(workers.map((w) => stopProcessGroup(w)));
      workers = [];
      zipEvent = eventId;
    }

    const { auth } = await import("@/lib/auth/auth");
    const account = { name: "Bench Owner", email: "bench-owner@example.com", password: "bench-password-123" };
    await auth().api.signUpEmail({ body: account });
    await client`update "user" set role = 'owner' where email = ${account.email}`;
    const res = await auth().api.signInEmail({ body: { email: account.email, password: account.password }, returnHeaders: true });
    const token = /better-auth\.session_token=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
    if (!token) throw new Error("sign-in gave no session cookie");
    const web = stack.pids.web;
    const before = memoryOf(web);
    let peak = before?.rss ?? 0;
    const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(web)?.rss ?? 0)), 20);
    const z0 = performance.now();
    const zip = await fetch(`${stack.url}/api/events/${zipEvent}/certificates/zip`, {
      headers: { cookie: `better-auth.session_token=${token}` },
    });
    if (!zip.ok || !zip.body) throw new Error(`ZIP answered ${zip.status}`);
    let size = 0;
    for await (const chunk of zip.body as unknown as AsyncIterable<Uint8Array>) size += chunk.length;
    const zipSeconds = (performance.now() - z0) / 1000;
    clearInterval(sampler);
    console.log(
      `ZIP of ${N} certificates: ${zipSeconds.toFixed(2)} s, ${(size / 1024 / 1024).toFixed(1)} MB; web process RSS ${before?.rss.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB while streaming`,
    );
  } finally {
    await Promise.all(workers.map((w) => stopProcessGroup(w)));
    await client.end();
    const { closeDb } = await import("@/lib/db/client");
    const { stopProducer } = await import("@/lib/queue/boss");
    await stopProducer().catch(() => {});
    await closeDb().catch(() => {});
    await stack.stop();
  }
}
