// What an empty list says: what is missing and what to do next.
import { cn } from "@/lib/ui/cn";

type Props = { title: string; children?: React.ReactNode; action?: React.ReactNode; className?: string };

export function EmptyState({ title, children, action, className }: Props) {
  return (
    <div className={cn("rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-10 text-center", className)}>
      <p className="text-base font-semibold text-zinc-900">{title}</p>
      {children && <div className="mx-auto mt-2 max-w-prose text-sm text-zinc-600">{children}</div>}
      {action && <div className="mt-5 flex justify-center">{action}</div>}
    </div>
  );
}
