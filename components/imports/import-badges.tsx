// How an import's state reads in lists and headings: words, not only colour.
import { Badge } from "@/components/ui/badge";
import type { Operation } from "@/lib/db/schema";

const tones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;
const labels = { running: "Running", completed: "Completed", failed: "Failed", cancelled: "Cancelled" } as const;

export function ImportStateBadge({ state }: { state: Operation["state"] }) {
  return <Badge tone={tones[state]}>{labels[state]}</Badge>;
}
