// A participant's RSVP answer as a small label: text, not only colour, carries the meaning.
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** compact: "not answered" is a dash for the eye (and words for screen readers), as in a dense table. */
export function RsvpAnswerBadge({ answer, compact = false }: { answer: "attending" | "declined" | null; compact?: boolean }) {
  const t = useTranslations("messaging.rsvp");
  if (!answer && compact) {
    return (
      <span className="text-zinc-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("notAnswered")}</span>
      </span>
    );
  }
  if (!answer) return <span className="text-zinc-500">{t("notAnswered")}</span>;
  return <Badge tone={answer === "attending" ? "success" : "warning"}>{t(answer)}</Badge>;
}
