// npm start's decision to (re)build: no build, a .next not made by `npm run build` (e.g. left by
// next dev), missing bundles, or sources changed since the stamp.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  MIGRATE_BUNDLE,
  STANDALONE_SERVER,
  staleBuildReason,
  WORKER_BUNDLE,
  writeBuildStamp,
  sourceFingerprint,
} from "@/lib/dev/build-stamp";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree() {
  root = mkdtempSync(path.join(os.tmpdir(), "stamp-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("package.json", "{}\n");
  return write;
}

function fakeBuild(write: (file: string, text: string) => void, buildId = "build-1") {
  write(".next/BUILD_ID", buildId);
  for (const file of [STANDALONE_SERVER, WORKER_BUNDLE, MIGRATE_BUNDLE]) write(file, "// built\n");
}

describe("build stamp", () => {
  it("asks for a build when there is none", () => {
    tree();
    expect(staleBuildReason(root)).toBe("no production build yet");
  });

  it("never serves a .next that npm run build did not stamp (one left by next dev)", () => {
    const write = tree();
    fakeBuild(write);
    expect(staleBuildReason(root)).toBe("no production build yet");
    writeBuildStamp(root, sourceFingerprint(root));
    expect(staleBuildReason(root)).toBeNull();
    // Another build (or a dev server) replaced .next's contents under the stamp.
    write(".next/BUILD_ID", "build-2");
    expect(staleBuildReason(root)).toBe("the .next directory is not the one `npm run build` made");
  });

  it("rebuilds when a source changes or the worker bundle is missing, not when runtime data appears", () => {
    const write = tree();
    fakeBuild(write);
    writeBuildStamp(root, sourceFingerprint(root));
    write(".data/pg/base/1/1259", "database bytes");
    write(".tmp/anything", "test leftovers");
    expect(staleBuildReason(root)).toBeNull();
    write("app/page.tsx", "export default function Page() { return 1; }\n");
    expect(staleBuildReason(root)).toBe("the sources changed since the last build");
    writeBuildStamp(root, sourceFingerprint(root));
    rmSync(path.join(root, WORKER_BUNDLE));
    expect(staleBuildReason(root)).toBe(`${WORKER_BUNDLE} is missing`);
  });
});
