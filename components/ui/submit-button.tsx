"use client";
// A submit button that is disabled while its form's action runs, so a second click (or Enter)
// cannot send the form twice.
import { useFormStatus } from "react-dom";
import { Button } from "./button";

type Props = Omit<React.ComponentProps<typeof Button>, "type"> & { pendingText: string };

export function SubmitButton({ children, pendingText, disabled, ...props }: Props) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || disabled} aria-disabled={pending || disabled} {...props}>
      {pending ? pendingText : children}
    </Button>
  );
}
