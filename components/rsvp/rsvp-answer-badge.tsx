// A participant's RSVP answer as a small label: text, not only colour, carries the meaning.
import { Badge } from "@/components/ui/badge";

export const rsvpAnswerLabels = { attending: "Attending", declined: "Declined" } as const;

/** compact: "not answered" is a dash for the eye (and words for screen readers), as in a dense table. */
export function RsvpAnswerBadge({ answer, compact = false }: { answer: "attending" | "declined" | null; compact?: boolean }) {
  if (!answer && compact) {
    return (
      <span className="text-zinc-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">Not answered</span>
      </span>
    );
  }
  if (!answer) return <span className="text-zinc-500">Not answered</span>;
  return <Badge tone={answer === "attending" ? "success" : "warning"}>{rsvpAnswerLabels[answer]}</Badge>;
}
