"use client";
// Typing a code, or a USB / Bluetooth barcode scanner "typing" it: the field submits on Enter. A
// scanner also works when no field has focus, so staff need not tap the field between scans: keys
// that end with Enter are taken as one code when they spell a ticket code (26 Crockford base32
// characters, dashes and spaces aside), however slowly they arrived — a slow phone or a busy main
// thread spreads a scanner's keys out, and a code is a code whoever typed it. Anything else counts
// only as a fast burst (BURST_GAP_MS between keys). A pause of PAUSE_MS starts over.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const BURST_GAP_MS = 80;
const PAUSE_MS = 1500;
const MIN_SCANNED_LENGTH = 20;
// The shape of a ticket code (lib/tickets/ticket-code.ts); the server normalises and checks it fully.
const TICKET_CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

function looksLikeTicketCode(text: string): boolean {
  const code = text
    .replace(/[\s-]+/g, "")
    .toUpperCase()
    .replaceAll("O", "0")
    .replace(/[IL]/g, "1");
  return TICKET_CODE_SHAPE.test(code);
}

type Props = { onSubmit: (code: string) => void; disabled?: boolean };

export function CodeEntry({ onSubmit, disabled }: Props) {
  const t = useTranslations("door.code");
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
    // Whether every key of the buffer came within BURST_GAP_MS of the one before.
    let fast = true;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]") || e.ctrlKey || e.metaKey || e.altKey) return;
      const now = performance.now();
      const gap = now - last;
      last = now;
      if (gap > PAUSE_MS) {
        buffer = "";
        fast = true;
      } else if (buffer && gap > BURST_GAP_MS) fast = false;
      if (e.key === "Enter") {
        if (looksLikeTicketCode(buffer) || (fast && buffer.length >= MIN_SCANNED_LENGTH)) {
          e.preventDefault();
          submitRef.current(buffer);
        }
        buffer = "";
        fast = true;
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
        {t("label")}
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
          placeholder={t("placeholder")}
          aria-describedby="ticket-code-hint"
          className="font-mono"
        />
        <Button type="submit" disabled={disabled || !value.trim()} className="h-11 shrink-0 sm:h-10">
          {t("check")}
        </Button>
      </div>
      <p id="ticket-code-hint" className="text-sm text-zinc-500">
        {t("hint")}
      </p>
    </form>
  );
}
