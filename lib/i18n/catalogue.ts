// The message catalogues, one JSON file per area and language under messages/. Loaded statically so
// the web app, the worker bundle and the tests all carry them. A key missing in a language falls back
// to English here (never the raw key on screen); tests/unit/i18n-catalogue.test.ts reports every such
// gap so it is filled, not forgotten.
import elCommon from "../../messages/el/common.json" with { type: "json" };
import elDashboard from "../../messages/el/dashboard.json" with { type: "json" };
import elEmail from "../../messages/el/email.json" with { type: "json" };
import elPdf from "../../messages/el/pdf.json" with { type: "json" };
import elPublic from "../../messages/el/public.json" with { type: "json" };
import enCommon from "../../messages/en/common.json" with { type: "json" };
import enDashboard from "../../messages/en/dashboard.json" with { type: "json" };
import enEmail from "../../messages/en/email.json" with { type: "json" };
import enPdf from "../../messages/en/pdf.json" with { type: "json" };
import enPublic from "../../messages/en/public.json" with { type: "json" };
import type { Locale } from "./locales";

export type Messages = typeof english;
type Tree = { [key: string]: string | Tree };

const english = { common: enCommon, public: enPublic, email: enEmail, pdf: enPdf, dashboard: enDashboard };

/** Each language's catalogue as written, gaps included (for the test that reports them). */
export const rawCatalogues: Record<Locale, Tree> = {
  en: english,
  el: { common: elCommon, public: elPublic, email: elEmail, pdf: elPdf, dashboard: elDashboard },
};

export function withFallback(own: Tree, fallback: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(fallback)) {
    const mine = own[key];
    if (typeof value === "string") out[key] = typeof mine === "string" ? mine : value;
    else out[key] = withFallback(typeof mine === "object" ? mine : {}, value);
  }
  return out;
}

const complete: Record<Locale, Messages> = {
  en: english,
  el: withFallback(rawCatalogues.el, english) as Messages,
};

/** The catalogue of a language, with English wherever it has no entry yet. */
export function messagesFor(locale: Locale): Messages {
  return complete[locale];
}
