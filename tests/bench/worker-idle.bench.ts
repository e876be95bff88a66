// Idle worker memory: the worker as `npm run worker` used to run it (TypeScript through tsx at run
// time; measured at 210 MB when the issue was filed) against the compiled bundle it runs now. Each
// starts on a fresh database, reaches "ready", sits idle for 15 s, then its resident memory is read.
import { startWorkerProcess, testWorkerArgs } from "../helpers/worker-process";
import { benchEnv, procMemory, scratchPostgres } from "./scratch-postgres";

const IDLE_MS = 15_000;
const GOAL_MB = 120;

async function idleRss(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const worker = startWorkerProcess({ ...env, LOG_LEVEL: "info" }, args);
  try {
    await worker.waitForLog("ready", 60_000);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    return procMemory(worker.child.pid!).rssMb;
  } finally {
    worker.kill();
    await worker.exited;
  }
}

export async function run() {
  const pg = await scratchPostgres("worker-idle", 55470);
  try {
    const env = benchEnv(pg.url);
    const tsx = await idleRss(["--import", "tsx", "jobs/worker.ts"], env);
    const bundle = await idleRss(testWorkerArgs(), env);
    console.log(`idle worker RSS after ${IDLE_MS / 1000} s:`);
    console.log(`  tsx at run time (before; 210 MB when the issue was filed): ${tsx.toFixed(0)} MB`);
    console.log(`  compiled bundle, as npm run worker starts it:             ${bundle.toFixed(0)} MB (goal < ${GOAL_MB} MB)`);
  } finally {
    await pg.stop();
  }
}
