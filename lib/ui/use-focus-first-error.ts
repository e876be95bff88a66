// After errors appear, move keyboard focus to the first field that has one, so keyboard and screen
// reader users land where the problem is.
import { useEffect, useRef } from "react";

export function useFocusFirstError(errors: Record<string, string>) {
  const ref = useRef<HTMLFormElement>(null);
  const signature = Object.keys(errors).join(",");
  useEffect(() => {
    if (!signature) return;
    ref.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [signature]);
  return ref;
}
