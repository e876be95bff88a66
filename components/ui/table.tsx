// Data table primitives. The wrapper scrolls sideways on a phone instead of squeezing columns, and
// says so (ScrollArea: a line of text and a fade on the hidden side).
import { ScrollArea, scrollHintText } from "@/components/ui/scroll-area";
import { cn } from "@/lib/ui/cn";

export function Table({ className, caption, children, ...props }: React.ComponentProps<"table"> & { caption?: string }) {
  return (
    <ScrollArea hint={scrollHintText} className="w-full" innerClassName="rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </ScrollArea>
  );
}

export function THead({ className, ...props }: React.ComponentProps<"thead">) {
  return (
    <thead className={cn("border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600", className)} {...props} />
  );
}

export function TBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-zinc-100", className)} {...props} />;
}

export function TR({ className, ...props }: React.ComponentProps<"tr">) {
  return <tr className={cn("align-top", className)} {...props} />;
}

export function TH({ className, ...props }: React.ComponentProps<"th">) {
  return <th scope="col" className={cn("px-3 py-2 font-semibold whitespace-nowrap", className)} {...props} />;
}

export function TD({ className, ...props }: React.ComponentProps<"td">) {
  return <td className={cn("px-3 py-2.5 text-zinc-800", className)} {...props} />;
}

/** A header column: its label, or the label with extra classes / read only to screen readers (an actions column). */
export type HeaderColumn = string | { label: string; className?: string; screenReaderOnly?: boolean };

/** The `<thead>` of a data table: one column header per entry, left to right. */
export function TableHeader({ columns }: { columns: HeaderColumn[] }) {
  return (
    <THead>
      <TR>
        {columns.map((column) => {
          const { label, className, screenReaderOnly } = typeof column === "string" ? { label: column } : column;
          return (
            <TH key={label} className={className}>
              {screenReaderOnly ? <span className="sr-only">{label}</span> : label}
            </TH>
          );
        })}
      </TR>
    </THead>
  );
}
