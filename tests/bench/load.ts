// A closed-loop load: `clients` loops each sending one request after another for `ms` milliseconds.
import { summarize } from "./stats";

export type LoadResult = { requests: number; errors: number; perSecond: number; p50: number; p99: number; max: number };

export async function closedLoop(
  clients: number,
  ms: number,
  request: (client: number, seq: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let seq = 0;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const ok = await request(client, seq++).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const s = summarize(latencies);
  return { requests: latencies.length, errors, perSecond: (latencies.length - errors) / elapsed, p50: s.p50, p99: s.p99, max: s.max };
}
