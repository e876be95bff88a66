// Which language a public event page (/e/<slug>, /e/<slug>/registered[/waitlist]) is shown in, decided in the
// proxy so that the page itself stays a cached, static render per language: ?lang=<code> (the
// page's switcher) chosen now, else the visitor's earlier choice for this event (a cookie scoped to
// its path), else "auto", which the page turns into the event's own language. Unsupported codes are
// ignored, so they end up as the event's language.
import { isLocale, type Locale } from "./locales";

export const PUBLIC_LANGUAGE_COOKIE = "eventdesk_lang";

const PUBLIC_EVENT_PAGE = /^\/e\/([^/]{1,240})(\/registered(?:\/waitlist)?)?\/?$/;

export type PublicPageRewrite = { path: string; remember: { slugPath: string; language: Locale } | null };

export function publicPageRewrite(pathname: string, query: string | null, cookie: string | undefined): PublicPageRewrite | null {
  const match = PUBLIC_EVENT_PAGE.exec(pathname);
  if (!match) return null;
  const [, slug, rest = ""] = match;
  const slugPath = `/e/${slug}`;
  const chosen = isLocale(query) ? query : null;
  const language = chosen ?? (isLocale(cookie) ? cookie : "auto");
  return { path: `${slugPath}/${language}${rest}`, remember: chosen ? { slugPath, language: chosen } : null };
}
