import { describe, expect, it } from "vitest";
import { ShortCache } from "@/lib/check-in/door-cache";

describe("the door's short cache", () => {
  it("answers from memory until the TTL passes, then loads again", async () => {
    let now = 0;
    let loads = 0;
    const cache = new ShortCache<number>(1000, 100, () => now);
    const load = async () => ++loads;
    expect(await cache.get("k", load)).toBe(1);
    now = 999;
    expect(await cache.get("k", load)).toBe(1);
    now = 1001;
    expect(await cache.get("k", load)).toBe(2);
  });

  it("changes a live entry in place without reloading it or extending its life, and ignores a missing one", async () => {
    let now = 0;
    let loads = 0;
    const cache = new ShortCache<number>(1000, 100, () => now);
    const load = async () => ++loads * 10;
    cache.update("k", (n) => n + 1);
    expect(await cache.get("k", load)).toBe(10);
    cache.update("k", (n) => n + 1);
    cache.update("k", (n) => n + 1);
    now = 500;
    expect(await cache.get("k", load)).toBe(12);
    now = 1001;
    cache.update("k", (n) => n + 1);
    expect(await cache.get("k", load)).toBe(20);
    expect(loads).toBe(2);
  });

  it("shares one load between concurrent misses", async () => {
    let loads = 0;
    const cache = new ShortCache<number>(1000);
    const load = () => new Promise<number>((r) => setTimeout(() => r(++loads), 20));
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get("k", load)));
    expect(new Set(answers)).toEqual(new Set([1]));
    expect(loads).toBe(1);
  });

  it("does not remember a failed load", async () => {
    const cache = new ShortCache<number>(1000);
    await expect(cache.get("k", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("k", async () => 7)).toBe(7);
  });

  it("stays bounded under a flood of distinct keys", async () => {
    const cache = new ShortCache<number>(60_000, 10);
    for (let i = 0; i < 1000; i++) await cache.get(`k${i}`, async () => i);
    expect((cache as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(10);
  });
});
