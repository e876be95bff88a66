// How an import's state reads in lists and headings: words, not only colour.
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Operation } from "@/lib/db/schema";

const tones = { running: "info", completed: "success", failed: "danger", cancelled: "neutral" } as const;

export function ImportStateBadge({ state }: { state: Operation["state"] }) {
  const t = useTranslations("imports.state");
  return <Badge tone={tones[state]}>{t(state)}</Badge>;
}
