// The shape callers want: null when within budget, else the message (in the reader's language) and
// seconds to wait, ready for a form state or a 429 response.
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { hitRateLimit, type RateLimitHit } from "./hit-rate-limit";
import { tooManyAttemptsMessage } from "./rules";

export type BudgetRefusal = { message: string; retryAfterSeconds: number };

export async function budgetRefusal(hits: RateLimitHit[], locale: Locale): Promise<BudgetRefusal | null> {
  return (await checkBudget(hits, locale)).refusal;
}

/** The same check, also giving the hits now counted on each key (in the order given; 0 when not counted). */
export async function checkBudget(hits: RateLimitHit[], locale: Locale): Promise<{ refusal: BudgetRefusal | null; counts: number[] }> {
  const result = await hitRateLimit(db(), hits);
  if (result.ok) return { refusal: null, counts: result.counts ?? hits.map(() => 0) };
  const refusal = {
    message: tooManyAttemptsMessage(result.retryAfterMs, locale),
    retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)),
  };
  return { refusal, counts: hits.map(() => 0) };
}

/** A plain 429 for route handlers. */
export function tooManyRequestsResponse(refusal: BudgetRefusal, headers: Record<string, string> = {}): Response {
  return new Response(refusal.message, {
    status: 429,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Retry-After": String(refusal.retryAfterSeconds),
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}
