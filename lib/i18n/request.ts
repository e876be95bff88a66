// next-intl's request configuration (wired in next.config.ts), used by useTranslations in server
// components. Root layouts set their language with setRequestLocale (components/layout/html-document.tsx);
// a server component that renders before its layout did falls back to the signed-in user's language
// (dashboard, door: dynamic pages anyway). Cached public pages translate with lib/i18n/translator.ts
// and client components instead, so they never reach that fallback (which reads the request).
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./catalogue";
import { isLocale } from "./locales";
import { userLocale } from "./user-locale";

export default getRequestConfig(async ({ requestLocale, locale }) => {
  const requested = isLocale(locale) ? locale : await requestLocale;
  const chosen = isLocale(requested) ? requested : await userLocale();
  return { locale: chosen, messages: messagesFor(chosen), timeZone: "UTC", onError: () => {} };
});
