// What `npm start` checks before serving: a production build exists, was made by `npm run build`
// (not a `.next` left by `next dev`), and is not older than the sources. The stamp records a hash of
// every source file's content and the BUILD_ID it was made with; any difference means "rebuild".
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "jobs", "drizzle", "public"];
const SOURCE_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "instrumentation-node.ts",
];
// lib/dev is the runner itself: changing it does not change what is built.
const IGNORED = new Set(["node_modules", ".next", ".data", ".tmp", "dist", path.join("lib", "dev")]);

export const WORKER_BUNDLE = path.join("dist", "worker", "worker.mjs");
export const MIGRATE_BUNDLE = path.join("dist", "worker", "migrate.mjs");
export const STANDALONE_SERVER = path.join(".next", "standalone", "server.js");
const STAMP = path.join(".next", "eventdesk-build.json");

type Stamp = { sources: string; buildId: string };

function listFiles(root: string, rel: string, out: string[]) {
  const full = path.join(root, rel);
  if (!existsSync(full)) return;
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (IGNORED.has(child) || IGNORED.has(entry.name)) continue;
    if (entry.isDirectory()) listFiles(root, child, out);
    else if (entry.isFile()) out.push(child);
  }
}

/** A hash of the path and content of every file the production build is made from. */
export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) listFiles(root, dir, files);
  for (const file of SOURCE_FILES) if (existsSync(path.join(root, file))) files.push(file);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

/** Why the build must be (re)made, or null when the existing one matches the sources. */
export function staleBuildReason(root: string): string | null {
  const stampFile = path.join(root, STAMP);
  if (!existsSync(stampFile)) return "no production build yet";
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf8")) as Stamp;
  } catch {
    return "the build stamp is unreadable";
  }
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildIdFile) || readFileSync(buildIdFile, "utf8").trim() !== stamp.buildId) {
    return "the .next directory is not the one `npm run build` made";
  }
  for (const file of [STANDALONE_SERVER, WORKER_BUNDLE, MIGRATE_BUNDLE]) {
    if (!existsSync(path.join(root, file))) return `${file} is missing`;
  }
  if (stamp.sources !== sourceFingerprint(root)) return "the sources changed since the last build";
  return null;
}

export function writeBuildStamp(root: string, sources: string): void {
  const buildId = readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  writeFileSync(path.join(root, STAMP), `${JSON.stringify({ sources, buildId } satisfies Stamp)}\n`);
}
