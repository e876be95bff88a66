// A generation's progress as the page polls it (a small JSON document, safe for a client component).
import type { Operation } from "@/lib/db/schema";

export type GenerationProgress = { id: string; state: Operation["state"]; total: number; processed: number; succeeded: number; failed: number; skipped: number };

export function generationProgress(op: Operation): GenerationProgress {
  return { id: op.id, state: op.state, total: op.total, processed: op.processed, succeeded: op.succeeded, failed: op.failed, skipped: op.skipped };
}
