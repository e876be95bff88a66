// The process-wide pacer of provider requests, on real timers (short windows where the exact length
// does not matter).
import { describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/email/rate-limiter";

async function startTimes(limiter: RateLimiter, n: number, priority?: "transactional" | "bulk"): Promise<number[]> {
  const t0 = Date.now();
  return Promise.all(Array.from({ length: n }, () => limiter.acquire({ priority }).then(() => Date.now() - t0)));
}

describe("the rate limiter", () => {
  it("starts as many requests at once as the limit allows and holds the next until the window has passed", async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 2 });
    const times = await startTimes(limiter, 3);
    expect(times[0]).toBeLessThan(50);
    expect(times[1]).toBeLessThan(50);
    // 1 s window + 50 ms margin for network jitter.
    expect(times[2]).toBeGreaterThanOrEqual(1_040);
    expect(times[2]).toBeLessThan(1_300);
  });

  it("after an answer saying the quota is used up (remaining 0, reset 1) holds the next request about a second", async () => {
    // Room for 10 by our own count: someone else used the quota, only the headers can tell.
    const limiter = new RateLimiter({ requestsPerSecond: 10 });
    await limiter.acquire();
    limiter.observe({ "ratelimit-limit": "10", "ratelimit-remaining": "0", "ratelimit-reset": "1" });
    const [waited] = await startTimes(limiter, 1);
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(1_300);
  });

  it("does not wait on headers that still show room", async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 10 });
    await limiter.acquire();
    limiter.observe({ "ratelimit-limit": "10", "ratelimit-remaining": "9", "ratelimit-reset": "1" });
    const [waited] = await startTimes(limiter, 1);
    expect(waited).toBeLessThan(50);
  });

  it("follows the limit the provider announces", async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 2, windowMs: 200, marginMs: 0 });
    limiter.observe({ "ratelimit-limit": "5" });
    expect(limiter.requestsPerWindow).toBe(5);
    const times = await startTimes(limiter, 6);
    expect(times.slice(0, 5).every((t) => t < 50)).toBe(true);
    expect(times[5]).toBeGreaterThanOrEqual(190);
  });

  it("holds every caller during a pause (as after a 429's retry-after)", async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 100 });
    limiter.pause(400);
    const times = await startTimes(limiter, 3);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(390);
  });

  it("serves waiting transactional requests before bulk ones", async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1, windowMs: 100, marginMs: 0 });
    await limiter.acquire({ priority: "bulk" });
    const order: string[] = [];
    const waits = [
      ...["bulk 1", "bulk 2", "bulk 3"].map((name) => limiter.acquire({ priority: "bulk" }).then(() => order.push(name))),
      limiter.acquire({ priority: "transactional" }).then(() => order.push("transactional")),
    ];
    await Promise.all(waits);
    expect(order).toEqual(["transactional", "bulk 1", "bulk 2", "bulk 3"]);
  });
});
