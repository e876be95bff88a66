"use client";
// Typing a code, or a USB / Bluetooth barcode scanner "typing" it: the field submits on Enter. A
// scanner also works when no field has focus: keys arriving in a fast burst that ends with Enter are
// taken as one code, so staff need not tap the field between scans.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const BURST_GAP_MS = 80;
const MIN_SCANNED_LENGTH = 20;

type Props = { onSubmit: (code: string) => void; disabled?: boolean };

export function CodeEntry({ onSubmit, disabled }: Props) {
  const [value, setValue] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const submitRef = useRef(onSubmit);
  useEffect(() => {
    submitRef.current = onSubmit;
  });

  // Where a keyboard is the main input (a laptop at the desk), start in the field.
  useEffect(() => {
    if (window.matchMedia("(pointer: fine)").matches) input.current?.focus();
  }, []);

  useEffect(() => {
    let buffer = "";
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]") || e.ctrlKey || e.metaKey || e.altKey) return;
      const now = performance.now();
      if (now - last > BURST_GAP_MS) buffer = "";
      last = now;
      if (e.key === "Enter") {
        if (buffer.length >= MIN_SCANNED_LENGTH) {
          e.preventDefault();
          submitRef.current(buffer);
        }
        buffer = "";
      } else if (e.key.length === 1) buffer += e.key;
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form
      className="space-y-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        onSubmit(value);
        setValue("");
      }}
    >
      <label htmlFor="ticket-code" className="block text-sm font-medium text-zinc-800">
        Ticket code
      </label>
      <div className="flex gap-2">
        <Input
          ref={input}
          id="ticket-code"
          name="code"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={100}
          placeholder="Type or scan the code"
          aria-describedby="ticket-code-hint"
          className="font-mono"
        />
        <Button type="submit" disabled={disabled || !value.trim()} className="h-11 shrink-0 sm:h-10">
          Check
        </Button>
      </div>
      <p id="ticket-code-hint" className="text-sm text-zinc-500">
        The code printed under the QR. A USB or Bluetooth scanner can type it here.
      </p>
    </form>
  );
}
