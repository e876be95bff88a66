// The participants an operation could not handle, with the reason, and "Retry failed" once it ended.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { itemReasonText } from "@/lib/operations/item-reason";

type Item = { participantId: string; error: string | null; firstName: string | null; lastName: string | null; email: string | null };

export function FailedItems({
  title,
  items,
  operationId,
  canRetry,
  retry,
}: {
  title: string;
  items: Item[];
  operationId: string;
  canRetry: boolean;
  retry: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("certificates.failed");
  const reasons = useTranslations("activity.itemReasons");
  const statuses = useTranslations("participants.status");
  if (items.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-medium">{title}</h3>
      <ul className="list-disc pl-5 text-sm">
        {items.map((f) => (
          <li key={f.participantId} className="break-words">
            {t("item", {
              who: f.firstName ? `${f.firstName} ${f.lastName} (${f.email})` : t("deletedParticipant"),
              error: itemReasonText(f.error, reasons, statuses),
            })}
          </li>
        ))}
      </ul>
      {canRetry && (
        <form action={retry}>
          <input type="hidden" name="operationId" value={operationId} />
          <Button type="submit" variant="secondary">
            {t("retry")}
          </Button>
        </form>
      )}
    </div>
  );
}
