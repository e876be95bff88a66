// The outbox page's URL: a page number and an optional search over recipient and subject.
import { z } from "zod";

export const OUTBOX_SEARCH_MAX = 200;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const x = first(v);
  return typeof x === "string" && x.trim() === "" ? undefined : x;
};

export const outboxListSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(OUTBOX_SEARCH_MAX).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
});
export type OutboxListParams = z.infer<typeof outboxListSchema>;

export function parseOutboxList(input: Record<string, unknown>): OutboxListParams {
  return outboxListSchema.parse(input);
}

export function outboxHref(params: { q?: string; page?: number }): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const s = query.toString();
  return s ? `/outbox?${s}` : "/outbox";
}
