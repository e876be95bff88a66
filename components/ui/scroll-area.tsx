"use client";
// A sideways-scrolling box that says when it scrolls: a fade and an arrow on the side where more is
// hidden, and (for tables) a visible line "Scroll sideways for more". Without JavaScript it is a
// plain overflow box. data-more-left / data-more-right tell tests and styles which sides hide content.
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/ui/cn";

// New strings (English until the message catalogue of issue 18 lands).
export const scrollHintText = "Scroll sideways for more";

type Props = React.ComponentProps<"div"> & {
  /** Shown above the box while it hides content (tables); tab rows show only the fades. */
  hint?: string;
  innerClassName?: string;
};

export function ScrollArea({ className, innerClassName, hint, children, ...props }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    measure();
    box.addEventListener("scroll", measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => {
      box.removeEventListener("scroll", measure);
      observer.disconnect();
    };
  }, []);

  return (
    <div className={cn("relative", className)} data-more-left={more.left} data-more-right={more.right} {...props}>
      {hint && (more.left || more.right) && (
        <p className="mb-1 text-right text-xs text-zinc-600" data-scroll-hint>
          {hint} <span aria-hidden="true">{more.right ? "→" : "←"}</span>
        </p>
      )}
      <div className="relative">
        {/* The box is positioned so that what is absolutely placed inside it (a screen-reader-only column
            heading) is clipped with the rest instead of widening the page on a phone. While it hides
            content the box is a tab stop, so the keyboard can scroll it too (WCAG 2.1.1). */}
        <div
          ref={ref}
          tabIndex={more.left || more.right ? 0 : undefined}
          className={cn("relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600", innerClassName)}
        >
          {children}
        </div>
        <div
          aria-hidden="true"
          className={cn(
            "pointer-events-none absolute inset-y-0 left-0 w-8 bg-gradient-to-r from-white to-transparent transition-opacity",
            more.left ? "opacity-100" : "opacity-0",
          )}
        />
        <div
          aria-hidden="true"
          className={cn(
            "pointer-events-none absolute inset-y-0 right-0 flex w-10 items-center justify-end bg-gradient-to-l from-white to-transparent pr-1 text-zinc-500 transition-opacity",
            more.right ? "opacity-100" : "opacity-0",
          )}
        >
          ›
        </div>
      </div>
    </div>
  );
}
