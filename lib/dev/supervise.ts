// Keeps the worker running under `npm start` (and `npm run dev`): a worker that dies is restarted
// after a growing pause while the web app keeps serving; its jobs are safe meanwhile (pg-boss retries
// them after the missed heartbeats). A worker that keeps dying right after start will not get
// better by itself (bad configuration, broken build), so after maxCrashes in a row we give up.
import type { ChildProcess } from "node:child_process";

export type Supervisor = {
  current: () => ChildProcess;
  /** Stops the worker and any pending restart (stopChild decides how). */
  stop: (stopChild: (child: ChildProcess) => Promise<void>) => Promise<void>;
};

export function superviseProcess(opts: {
  name: string;
  start: () => ChildProcess;
  log: (m: string) => void;
  onGiveUp: (message: string) => void;
  /** Pause before restart n is backoffMs * 2^(n-1), capped at 30 s. */
  backoffMs?: number;
  maxCrashes?: number;
  /** A process that ran this long before dying starts the count afresh. */
  stableMs?: number;
}): Supervisor {
  const backoffMs = opts.backoffMs ?? 1000;
  const maxCrashes = opts.maxCrashes ?? 5;
  const stableMs = opts.stableMs ?? 60_000;
  let stopping = false;
  let crashes = 0;
  let pending: NodeJS.Timeout | undefined;
  let child: ChildProcess;

  const launch = () => {
    const startedAt = Date.now();
    child = opts.start();
    child.once("exit", (code, signal) => {
      if (stopping) return;
      const ranMs = Date.now() - startedAt;
      crashes = ranMs >= stableMs ? 1 : crashes + 1;
      const how = signal ?? `code ${code}`;
      if (crashes > maxCrashes) {
        opts.onGiveUp(
          `the ${opts.name} exited (${how}) ${crashes} times in a row, each within ${Math.round(stableMs / 1000)} s of starting: giving up. Its last lines above say why; fix that and start again.`,
        );
        return;
      }
      const delay = Math.min(backoffMs * 2 ** (crashes - 1), 30_000);
      opts.log(
        `the ${opts.name} exited (${how}) after ${(ranMs / 1000).toFixed(1)} s; restarting it in ${(delay / 1000).toFixed(1)} s (restart ${crashes} of at most ${maxCrashes} in a row)`,
      );
      pending = setTimeout(() => {
        pending = undefined;
        if (!stopping) launch();
      }, delay);
    });
  };
  launch();

  return {
    current: () => child,
    stop: async (stopChild) => {
      stopping = true;
      if (pending) clearTimeout(pending);
      await stopChild(child);
    },
  };
}
