"use client";
// The ALTCHA proof-of-work widget (lib/altcha/registration-challenge.ts): fetches a challenge from
// the event's own challenge URL and solves it in web workers as soon as the form is shown, then puts
// the solution in a hidden `altcha` field of the surrounding form. The script is the `altcha`
// package from node_modules, bundled by Next.js and loaded only on forms that use it: no CDN, no
// third party. Re-mount it (a new `key`) to get a fresh challenge after a post spent one.
import { useEffect, useState } from "react";
import type {} from "altcha/types/react";

type Props = { challengeUrl: string };

export function AltchaWidget({ challengeUrl }: Props) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    // Registers the <altcha-widget> custom element (the module touches `window`: client only).
    import("altcha").then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="space-y-1.5">
      <p id="altcha-hint" className="text-sm text-zinc-700">
        A short automatic check in your browser keeps scripts from taking the seats. It starts by itself; register once it says it is done.
      </p>
      {loaded ? (
        <altcha-widget challenge={challengeUrl} auto="onload" name="altcha" aria-describedby="altcha-hint" />
      ) : (
        <p className="text-sm text-zinc-600">Loading the check…</p>
      )}
    </div>
  );
}
