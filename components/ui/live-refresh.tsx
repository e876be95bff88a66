"use client";
// Re-renders the server page every few seconds while the tab is visible, so its counts stay live
// without a reload (router.refresh keeps the scroll position and what was typed). Says when it last did,
// in the page's language (used by the Jobs page, so its words are in ops.jobs.live).
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { intlTag, isLocale } from "@/lib/i18n/locales";

export function LiveRefresh({ seconds = 5 }: { seconds?: number }) {
  const router = useRouter();
  const t = useTranslations("ops.jobs.live");
  const current = useLocale();
  const tag = intlTag(isLocale(current) ? current : "en");
  const [updated, setUpdated] = useState<string | null>(null);
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== "visible") return;
      router.refresh();
      setUpdated(new Date().toLocaleTimeString(tag));
    };
    const timer = setInterval(tick, seconds * 1000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [router, seconds, tag]);
  return (
    <p className="text-xs text-zinc-500" data-testid="live-refresh">
      {updated ? t("updated", { time: updated }) : t("waiting")}
    </p>
  );
}
