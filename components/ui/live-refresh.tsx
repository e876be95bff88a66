"use client";
// Re-renders the server page every few seconds while the tab is visible, so its counts stay live
// without a reload (router.refresh keeps the scroll position and what was typed). Says when it last did.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

// New strings (English until the message catalogue of issue 18 lands).
const updatedText = (time: string) => `Live: updated ${time}`;

export function LiveRefresh({ seconds = 5 }: { seconds?: number }) {
  const router = useRouter();
  const [updated, setUpdated] = useState<string | null>(null);
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== "visible") return;
      router.refresh();
      setUpdated(new Date().toLocaleTimeString("en-GB"));
    };
    const timer = setInterval(tick, seconds * 1000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [router, seconds]);
  return (
    <p className="text-xs text-zinc-500" data-testid="live-refresh">
      {updated ? updatedText(updated) : "Live: updates every few seconds"}
    </p>
  );
}
