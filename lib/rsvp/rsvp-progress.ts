// An RSVP send's progress as the pages poll it (a small JSON document): the counters and the times
// from which the browser works out the rate and the time left. Safe to hand to a client component.
import type { Operation } from "@/lib/db/schema";

export type RsvpProgress = {
  id: string;
  state: Operation["state"];
  total: number;
  processed: number;
  sent: number;
  failed: number;
  skipped: number;
  startedAt: string | null;
  finishedAt: string | null;
  /** The server's clock when this was read, so elapsed times do not depend on the browser's clock. */
  now: string;
};

export function rsvpProgress(op: Operation, now = new Date()): RsvpProgress {
  return {
    id: op.id,
    state: op.state,
    total: op.total,
    processed: op.processed,
    sent: op.succeeded,
    failed: op.failed,
    skipped: op.skipped,
    startedAt: op.startedAt?.toISOString() ?? null,
    finishedAt: op.finishedAt?.toISOString() ?? null,
    now: now.toISOString(),
  };
}
