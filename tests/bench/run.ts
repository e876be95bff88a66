// `npm run bench`: runs every benchmark under tests/bench and prints its figures.
// BENCH_REUSE_BUILD=1 reuses an existing `next build`; BENCH_ONLY=name runs one.
import { readdirSync } from "node:fs";
import path from "node:path";
import { buildWorker } from "@/lib/dev/build-worker";
import { TEST_WORKER_BUNDLE_DIR } from "../helpers/worker-process";

const dir = path.join(process.cwd(), "tests", "bench");
const only = process.env.BENCH_ONLY;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only || f.startsWith(only))
  .sort();

// Benchmarks run the compiled worker, as production does.
await buildWorker(process.cwd(), path.resolve(TEST_WORKER_BUNDLE_DIR));

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(path.join(dir, file))) as { run: () => Promise<void> };
  await mod.run();
}
process.exit(0);
