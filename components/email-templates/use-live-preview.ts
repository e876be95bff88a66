"use client";
// Asks the server to render the template a moment after the organizer stops typing. Only the
// newest answer is shown (an older, slower one is dropped), and the last good rendering is kept
// while the text has problems.
import { useEffect, useRef, useState } from "react";
import type { RenderedEmail } from "@/lib/email/render-template";
import type { PreviewAnswer } from "@/lib/email/templates/preview-email-template";

const DEBOUNCE_MS = 400;

type Draft = { kind: string; subject: string; body: string };

export function useLivePreview(draft: Draft, initial: PreviewAnswer, previewAction: (draft: Draft) => Promise<PreviewAnswer>) {
  const [answer, setAnswer] = useState(initial);
  const [lastGood, setLastGood] = useState<RenderedEmail | null>(initial.ok ? initial.email : null);
  const [pending, setPending] = useState(false);
  const latest = useRef(0);
  const shown = useRef(`${draft.subject}\u0000${draft.body}`);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run on the draft's text, not on a new object or action identity at each render
  useEffect(() => {
    const key = `${draft.subject}\u0000${draft.body}`;
    if (key === shown.current) {
      // Back to the text already shown: drop any answer still on its way.
      latest.current++;
      setPending(false);
      return;
    }
    const id = ++latest.current;
    setPending(true);
    const timer = setTimeout(async () => {
      let next: PreviewAnswer;
      try {
        next = await previewAction(draft);
      } catch {
        next = { ok: false, error: "The preview could not be updated. Check your connection; your text is still here." };
      }
      if (id !== latest.current) return;
      shown.current = key;
      setAnswer(next);
      if (next.ok) setLastGood(next.email);
      setPending(false);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft.kind, draft.subject, draft.body]);

  return { answer, lastGood, pending };
}
