// Imports run one way: app → components → lib, and inside lib the database layer is the bottom.
// These read every source file's import specifiers, so a new upward import fails here, not in review.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Every module a file imports (static, dynamic and re-exports), resolved to a path from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith("@/") ? s.slice(2) : s.startsWith(".") ? path.join(path.dirname(file), s) : s));
}

function violations(dirs: string[], forbidden: (target: string) => boolean): string[] {
  return dirs.flatMap(sourceFiles).flatMap((f) =>
    importsOf(f)
      .filter(forbidden)
      .map((t) => `${f} → ${t}`),
  );
}

describe("import boundaries", () => {
  it("nothing under components/ or lib/ imports from app/", () => {
    expect(violations(["components", "lib"], (t) => t.startsWith("app/"))).toEqual([]);
  });

  it("lib/db imports only itself, the configuration and libraries", () => {
    const own = (t: string) => t.startsWith("lib/db/") || t === "lib/env";
    expect(violations(["lib/db"], (t) => t.startsWith("lib/") && !own(t))).toEqual([]);
  });

  it("the checker sees imports at all (a file known to import lib/db does)", () => {
    expect(importsOf("lib/db/queries/events.ts")).toContain("lib/db/client");
  });
});
