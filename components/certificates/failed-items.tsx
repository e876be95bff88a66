// The participants an operation could not handle, with the reason, and "Retry failed" once it ended.
import { Button } from "@/components/ui/button";

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
  if (items.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-medium">{title}</h3>
      <ul className="list-disc pl-5 text-sm">
        {items.map((f) => (
          <li key={f.participantId} className="break-words">
            {f.firstName ? `${f.firstName} ${f.lastName} (${f.email})` : "A deleted participant"}: {f.error}
          </li>
        ))}
      </ul>
      {canRetry && (
        <form action={retry}>
          <input type="hidden" name="operationId" value={operationId} />
          <Button type="submit" variant="secondary">
            Retry failed
          </Button>
        </form>
      )}
    </div>
  );
}
