// The public pages, the door and sign-in send their client components only part of the message
// catalogue (lib/i18n/client-namespaces.ts). Follows each area's imports from its app/ folder; from
// the first "use client" file on, everything imported runs in the browser, and every namespace such
// a file asks useTranslations for must be one its area sends (else the browser shows a key's path).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH_NAMESPACES, DOOR_NAMESPACES, PUBLIC_NAMESPACES } from "@/lib/i18n/client-namespaces";

const root = path.resolve(__dirname, "../..");

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Namespace (first segment) → client files that read it; "(all)" for useTranslations() without one. */
function clientNamespaces(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Map<string, boolean>(); // file → visited as client code
  const visit = (file: string, client: boolean) => {
    if (seen.get(file) === true || (seen.has(file) && !client)) return;
    seen.set(file, client);
    const text = readFileSync(file, "utf8");
    const isClient = client || /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(text);
    if (isClient) {
      for (const [, ns] of text.matchAll(/useTranslations\(\s*"([^"]+)"/g)) {
        const first = ns.split(".")[0];
        found.set(first, [...(found.get(first) ?? []), path.relative(root, file)]);
      }
      if (/useTranslations\(\s*\)/.test(text)) found.set("(all)", [...(found.get("(all)") ?? []), path.relative(root, file)]);
    }
    for (const [, spec] of text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)) {
      const next = resolveImport(spec, file);
      if (next) visit(next, isClient);
    }
  };
  for (const file of sourceFiles(path.join(root, dir))) visit(file, false);
  return found;
}

describe("each area sends its client components the catalogue parts they read", () => {
  for (const [dir, sent] of [
    ["app/(public)", PUBLIC_NAMESPACES],
    ["app/(auth)", AUTH_NAMESPACES],
    ["app/(door)", DOOR_NAMESPACES],
  ] as const) {
    it(dir, () => {
      const read = clientNamespaces(dir);
      // The walk finds client components at all (a broken walk would pass everything).
      expect(read.size).toBeGreaterThan(0);
      const missing = [...read].filter(([ns]) => !(sent as readonly string[]).includes(ns));
      expect(Object.fromEntries(missing)).toEqual({});
    });
  }
});
