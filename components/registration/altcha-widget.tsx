"use client";
// The ALTCHA proof-of-work widget (lib/altcha/registration-challenge.ts): fetches a challenge from
// the event's own challenge URL and solves it in web workers as soon as the form is shown, then puts
// the solution in a hidden `altcha` field of the surrounding form. The script is the `altcha`
// package from node_modules, bundled by Next.js and loaded only on forms that use it: no CDN, no
// third party. Re-mount it (a new `key`) to get a fresh challenge after a post spent one.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type {} from "altcha/types/react";

type Props = { challengeUrl: string };

export function AltchaWidget({ challengeUrl }: Props) {
  const t = useTranslations("public.form");
  const locale = useLocale();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    // Registers the <altcha-widget> custom element (the module touches `window`: client only), with
    // the widget's own Greek wording when the page is Greek (English is built in).
    import("altcha").then(() => (locale === "el" ? import("altcha/i18n/el") : null)).then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [locale]);
  return (
    <div className="space-y-1.5">
      <p id="altcha-hint" className="text-sm text-zinc-700">
        {t("challengeHint")}
      </p>
      {loaded ? (
        <altcha-widget challenge={challengeUrl} auto="onload" name="altcha" language={locale} aria-describedby="altcha-hint" />
      ) : (
        <p className="text-sm text-zinc-600">{t("challengeLoading")}</p>
      )}
    </div>
  );
}
