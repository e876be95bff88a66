// The worker's heap cap is written in three places (lib/dev/worker-command.ts for npm start and the
// tests, package.json for npm run worker, the Dockerfile for the image): they must say the same.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WORKER_OLD_SPACE_MB, workerNodeArgs } from "@/lib/dev/worker-command";

const flag = `--max-old-space-size=${WORKER_OLD_SPACE_MB}`;

describe("the worker's start command", () => {
  it("caps V8's old space, unless NODE_OPTIONS already sets a limit", () => {
    expect(workerNodeArgs("")).toEqual([flag]);
    expect(workerNodeArgs("--enable-source-maps")).toEqual([flag]);
    expect(workerNodeArgs("--max-old-space-size=1024")).toEqual([]);
    expect(workerNodeArgs("--enable-source-maps --max-old-space-size 512")).toEqual([]);
  });

  it("is the same in npm run worker", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.worker).toBe(`node ${flag} dist/worker/worker.mjs`);
  });

  it("is the same in the Docker image's worker stage", () => {
    const dockerfile = readFileSync("Dockerfile", "utf8");
    const stage = dockerfile.slice(dockerfile.indexOf("FROM base AS worker"));
    expect(stage).toContain(`ENV NODE_OPTIONS=${flag}\n`);
    expect(stage).toContain('CMD ["node", "dist/worker/worker.mjs"]');
  });
});
