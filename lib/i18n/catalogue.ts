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
import elAuth from "../../messages/el/auth.json" with { type: "json" };
import elDoor from "../../messages/el/door.json" with { type: "json" };
import elOps from "../../messages/el/ops.json" with { type: "json" };
import elEvents from "../../messages/el/events.json" with { type: "json" };
import elParticipants from "../../messages/el/participants.json" with { type: "json" };
import elImports from "../../messages/el/imports.json" with { type: "json" };
import elQuestions from "../../messages/el/questions.json" with { type: "json" };
import elCertificates from "../../messages/el/certificates.json" with { type: "json" };
import elMessaging from "../../messages/el/messaging.json" with { type: "json" };
import enAuth from "../../messages/en/auth.json" with { type: "json" };
import enDoor from "../../messages/en/door.json" with { type: "json" };
import enOps from "../../messages/en/ops.json" with { type: "json" };
import enEvents from "../../messages/en/events.json" with { type: "json" };
import enParticipants from "../../messages/en/participants.json" with { type: "json" };
import enImports from "../../messages/en/imports.json" with { type: "json" };
import enQuestions from "../../messages/en/questions.json" with { type: "json" };
import enCertificates from "../../messages/en/certificates.json" with { type: "json" };
import enMessaging from "../../messages/en/messaging.json" with { type: "json" };
import elActivity from "../../messages/el/activity.json" with { type: "json" };
import elPrivacy from "../../messages/el/privacy.json" with { type: "json" };
import enActivity from "../../messages/en/activity.json" with { type: "json" };
import enPrivacy from "../../messages/en/privacy.json" with { type: "json" };
import type { Locale } from "./locales";

export type Messages = typeof english;
type Tree = { [key: string]: string | Tree };

const english = {
  common: enCommon,
  public: enPublic,
  email: enEmail,
  pdf: enPdf,
  dashboard: enDashboard,
  auth: enAuth,
  door: enDoor,
  ops: enOps,
  events: enEvents,
  participants: enParticipants,
  imports: enImports,
  questions: enQuestions,
  certificates: enCertificates,
  messaging: enMessaging,
  activity: enActivity,
  privacy: enPrivacy,
};

/** Each language's catalogue as written, gaps included (for the test that reports them). */
export const rawCatalogues: Record<Locale, Tree> = {
  en: english,
  el: {
    common: elCommon,
    public: elPublic,
    email: elEmail,
    pdf: elPdf,
    dashboard: elDashboard,
    auth: elAuth,
    door: elDoor,
    ops: elOps,
    events: elEvents,
    participants: elParticipants,
    imports: elImports,
    questions: elQuestions,
    certificates: elCertificates,
    messaging: elMessaging,
    activity: elActivity,
    privacy: elPrivacy,
  },
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

/** The parts of a language's catalogue that a page's client components read (see client-namespaces.ts). */
export function messagesIn(locale: Locale, namespaces: readonly (keyof Messages)[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((n) => [n, complete[locale][n]]));
}
