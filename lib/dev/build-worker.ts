// Bundles the worker (and the migration runner, which the worker image also runs) into plain
// JavaScript under dist/worker/, so that production runs `node dist/worker/worker.mjs`: no
// TypeScript transpiler at run time. Packages in node_modules stay external (the runtime installs
// the production dependencies); our own code, `@/` aliases and the .tsx PDF templates are bundled.
// The PDF fonts are found through `new URL("./fonts/…", import.meta.url)`, which in the bundle is
// dist/worker/, so every font directory is copied there.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build, stop } from "esbuild";

const FONT_DIRS = [path.join("lib", "pdf", "fonts"), path.join("lib", "certificates", "fonts")];

export async function buildWorker(root: string, outdir = path.join(root, "dist", "worker")): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { worker: "jobs/worker.ts", migrate: "lib/migrations/run-migrations.ts" },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    tsconfig: path.join(root, "tsconfig.json"),
    sourcemap: "linked",
    logLevel: "warning",
    // Bundled CommonJS-style code may call require(); ESM output has none of its own.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  // esbuild keeps a service process for further builds; the runner would carry it for its whole life.
  await stop();
  const fonts = path.join(outdir, "fonts");
  mkdirSync(fonts, { recursive: true });
  for (const dir of FONT_DIRS) {
    const from = path.join(root, dir);
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from).filter((n) => n.endsWith(".ttf"))) cpSync(path.join(from, name), path.join(fonts, name));
  }
}
