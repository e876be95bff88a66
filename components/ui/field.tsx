// A labelled form field with its hint and error message wired up for screen readers.
import * as LabelPrimitive from "@radix-ui/react-label";
import { useTranslations } from "next-intl";
import { cloneElement, isValidElement } from "react";
import { cn } from "@/lib/ui/cn";

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  /** The form's first field in error: focused on load, so a page answered without JavaScript lands there too. */
  autoFocus?: boolean;
  className?: string;
  children: React.ReactElement<Record<string, unknown>>;
};

export function Field({ id, label, hint, error, optional, autoFocus, className, children }: FieldProps) {
  const t = useTranslations("common");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        ...(autoFocus ? { autoFocus: true } : {}),
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })
    : children;
  return (
    <div className={cn("space-y-1.5", className)}>
      <LabelPrimitive.Root htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
        {optional && <span className="ml-1 font-normal text-zinc-500">{t("optional")}</span>}
      </LabelPrimitive.Root>
      {control}
      {hint && (
        <p id={hintId} className="text-sm text-zinc-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
