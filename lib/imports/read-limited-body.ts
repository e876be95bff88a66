// Reads a request body up to a byte limit, stopping (and cancelling the upload) as soon as it goes
// over: a 2 GB upload costs at most limit + one network chunk of memory, never the whole body.
export type LimitedBody = { ok: true; bytes: Buffer } | { ok: false; reason: "too_large"; limit: number };

export async function readLimitedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<LimitedBody> {
  if (!body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large", limit };
    }
    parts.push(value);
  }
  return { ok: true, bytes: Buffer.concat(parts, size) };
}
