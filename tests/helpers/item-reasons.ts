// A stored operation-item reason as a reader of the given language sees it (itemReasonText with the
// real catalogues), for tests that check what the worker recorded.
import { translator } from "@/lib/i18n/translator";
import { itemReasonText } from "@/lib/operations/item-reason";

export function reasonText(stored: string | null, locale: "en" | "el" = "en"): string {
  const t = translator(locale, "activity");
  const s = translator(locale, "participants");
  return itemReasonText(
    stored,
    (key, values) => t(`itemReasons.${key}` as never, values as never),
    (key) => s(`status.${key}` as never),
  );
}
