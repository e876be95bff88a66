// The outbox's state as it travels in the URL (?event=&kind=&status=&delivery=&to=&q=&before=|after=).
// A value that does not parse falls back to "no filter": URLs get edited by hand and shared.
import { z } from "zod";
import { allMessageKinds, deliveryStatuses, messageStatuses } from "@/lib/db/schema/messages";

export const OUTBOX_SEARCH_MAX = 200;
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => {
  const x = first(v);
  return typeof x === "string" && x.trim() === "" ? undefined : x;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional()).catch(undefined);

export const outboxParamsSchema = z.object({
  event: optional(z.uuid()),
  kind: optional(z.enum(allMessageKinds)),
  status: optional(z.enum(messageStatuses)),
  delivery: optional(z.enum(deliveryStatuses)),
  to: optional(z.string().trim().toLowerCase().max(254)),
  q: optional(z.string().trim().max(OUTBOX_SEARCH_MAX)),
  before: optional(z.string().regex(CURSOR)),
  after: optional(z.string().regex(CURSOR)),
});

export type OutboxParams = z.output<typeof outboxParamsSchema>;
export type OutboxFilter = Omit<OutboxParams, "before" | "after">;

export function parseOutboxParams(searchParams: Record<string, unknown>): OutboxParams {
  return outboxParamsSchema.parse(searchParams);
}

/** The outbox URL with these filters and (at most one) cursor. */
export function outboxHref(filter: OutboxFilter, cursor?: { before?: string; after?: string }): string {
  const qs = new URLSearchParams();
  for (const key of ["event", "kind", "status", "delivery", "to", "q"] as const) {
    const v = filter[key];
    if (v) qs.set(key, v);
  }
  if (cursor?.before) qs.set("before", cursor.before);
  else if (cursor?.after) qs.set("after", cursor.after);
  const s = qs.toString();
  return `/outbox${s ? `?${s}` : ""}`;
}
