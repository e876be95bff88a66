// A titled part of a page. The heading names the region for screen readers (aria-labelledby), so
// every section of the dashboard is announced by its title.
import type { ReactNode } from "react";

type Props = { id: string; title: ReactNode; className?: string; children: ReactNode };

export function Section({ id, title, className, children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
