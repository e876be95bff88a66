// `npm run build`: the production web app (`next build`, standalone output with its static assets
// copied beside server.js) and the compiled worker, then the stamp `npm start` checks.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sourceFingerprint, writeBuildStamp } from "./build-stamp";
import { buildWorker } from "./build-worker";

export async function buildProduct(root: string, log: (m: string) => void): Promise<void> {
  const sources = sourceFingerprint(root);
  // A stamp of an earlier build must not survive a failed one.
  rmSync(path.join(root, ".next", "eventdesk-build.json"), { force: true });
  log("building the web app (next build)…");
  const next = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (next.status !== 0) throw new Error("next build failed (its errors are above): fix them and run again");
  const standalone = path.join(root, ".next", "standalone");
  cpSync(path.join(root, ".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  log("bundling the worker (esbuild)…");
  try {
    await buildWorker(root);
  } catch (err) {
    throw new Error(`bundling the worker failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  writeBuildStamp(root, sources);
  log("build done");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildProduct(process.cwd(), (m) => console.log(`[build] ${m}`)).catch((err) => {
    console.error(`[build] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
