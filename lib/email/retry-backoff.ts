// Exponential backoff with jitter for in-process retries: the n-th retry waits between half and all
// of base·2^(n−1), capped, so that senders that failed together do not retry together.

export function backoffMs(retry: number, policy: { baseDelayMs: number; maxDelayMs: number }): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
