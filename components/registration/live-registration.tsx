"use client";
// The registration part of the cached public page. The page's HTML comes from Next's cache and may
// be minutes old, so whether seats are left is asked live (/e/<slug>/availability) once the page is
// shown; until then, and without JavaScript, the cached state stands (the registration itself is
// refused on the server when the event is full or closed).
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";

type Availability = { open: boolean; full: boolean; seatsLeft: number | null; waitlist?: boolean };

type Props = { slug: string; initial: { open: boolean; full: boolean }; children: ReactNode };

export function LiveRegistration({ slug, initial, children }: Props) {
  const t = useTranslations("public.event");
  const [state, setState] = useState<Availability>({ ...initial, seatsLeft: null });
  useEffect(() => {
    let cancelled = false;
    fetch(`/e/${encodeURIComponent(slug)}/availability`, { cache: "no-store" })
      .then((res) => (res.ok ? (res.json() as Promise<Availability>) : null))
      .then((live) => {
        if (live && !cancelled) setState(live);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [slug]);

  if (!state.open) return <Alert tone="warning">{t("closed")}</Alert>;
  // Full with a waitlist: the same form, now joining the waitlist.
  if (state.full && state.waitlist)
    return (
      <>
        <Alert tone="warning" className="mb-4">
          <strong>{t("waitlistFullTitle")}</strong> {t("waitlistFullBody")}
        </Alert>
        {children}
      </>
    );
  if (state.full) return <Alert tone="warning">{t("full")}</Alert>;
  return (
    <>
      {state.seatsLeft !== null && (
        <p className="mb-4 text-sm text-zinc-700" data-testid="seats-left">
          {t("seatsLeft", { count: state.seatsLeft })}
        </p>
      )}
      {children}
    </>
  );
}
