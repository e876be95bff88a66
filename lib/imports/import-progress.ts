// What the progress display needs of an import operation: the JSON its page polls, and the first
// render on the server use the same shape.
import type { Operation } from "@/lib/db/schema";

export type ImportProgress = {
  state: Operation["state"];
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  skipped: number;
  error: string | null;
  dryRun: boolean;
};

export function importProgress(op: Operation): ImportProgress {
  return {
    state: op.state,
    total: op.total,
    processed: op.processed,
    succeeded: op.succeeded,
    failed: op.failed,
    skipped: op.skipped,
    error: op.error,
    dryRun: op.params.dryRun === true,
  };
}
