// How production starts the worker: node on the compiled bundle with V8's old space capped. Without
// a cap V8 lets garbage pile up far beyond what a job holds (a 100,000-row import peaked at 362 MB
// resident, 217 MB with this cap, at the same speed and with the same outcome), so a small machine
// or container would run out of memory long before the work needs it. `npm run worker` (package.json)
// and the Docker image (Dockerfile, through NODE_OPTIONS, which an operator may override) say the
// same; tests/unit/worker-command.test.ts keeps the three equal. Here a limit the operator set in
// NODE_OPTIONS wins.
/** V8's old-space limit for the worker, in MB. */
export const WORKER_OLD_SPACE_MB = 256;

/** The node flags the worker runs with (none when NODE_OPTIONS already sets the limit). */
export function workerNodeArgs(nodeOptions = process.env.NODE_OPTIONS ?? ""): string[] {
  return /--max-old-space-size[=\s]/.test(nodeOptions) ? [] : [`--max-old-space-size=${WORKER_OLD_SPACE_MB}`];
}
