// The language of a page that has no event to follow (sign-in, not-found, a broken RSVP link): the
// signed-in user's choice (cookie set by the dashboard switcher, mirrored from user.language), else
// the browser's Accept-Language, else English.
import { cookies, headers } from "next/headers";
import { defaultLocale, isLocale, type Locale, locales } from "./locales";

export const UI_LANGUAGE_COOKIE = "eventdesk_ui_lang";

/** The first supported language in an Accept-Language header ("el-GR,el;q=0.9,en;q=0.8" → el). */
export function fromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 500)
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { base: tag.toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.base).find((b): b is Locale => (locales as readonly string[]).includes(b)) ?? null;
}

export async function visitorLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(UI_LANGUAGE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}

const UI_COOKIE = new RegExp(`(?:^|;\\s*)${UI_LANGUAGE_COOKIE}=([^;]{1,20})`);

/** The same choice read from a request's own headers (route handlers, Better Auth's /api/auth). */
export function requestLocale(requestHeaders: Headers): Locale {
  const cookie = UI_COOKIE.exec(requestHeaders.get("cookie") ?? "")?.[1];
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(requestHeaders.get("accept-language")) ?? defaultLocale;
}
