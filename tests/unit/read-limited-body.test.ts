// The upload route's body reader: it stops as soon as the limit is passed, and the stored name is clean.
import { describe, expect, it } from "vitest";
import { readLimitedBody } from "@/lib/imports/read-limited-body";
import { cleanFilename } from "@/lib/imports/store-import-upload";

function streamOf(chunks: number[], onPull?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      onPull?.();
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]).fill(97));
      else controller.close();
    },
  });
}

describe("reading an upload with a limit", () => {
  it("returns the whole body when it fits", async () => {
    const result = await readLimitedBody(streamOf([10, 20, 30]), 60);
    expect(result.ok && result.bytes.length).toBe(60);
  });

  it("refuses a body over the limit without reading the rest", async () => {
    let pulls = 0;
    const result = await readLimitedBody(
      streamOf(Array(1000).fill(1024), () => pulls++),
      5000,
    );
    expect(result).toEqual({ ok: false, reason: "too_large", limit: 5000 });
    expect(pulls).toBeLessThan(10);
  });

  it("reads a missing body as empty", async () => {
    const result = await readLimitedBody(null, 10);
    expect(result.ok && result.bytes.length).toBe(0);
  });
});

describe("upload file names", () => {
  it("keeps the name without a path or control characters", () => {
    expect(cleanFilename("C:\\Users\\ada\\Συμμετέχοντες 2026.csv")).toBe("Συμμετέχοντες 2026.csv");
    expect(cleanFilename("../../etc/passwd")).toBe("passwd");
    expect(cleanFilename("a\u0000b\nc.csv")).toBe("abc.csv");
    expect(cleanFilename("")).toBe("upload.csv");
  });
});
