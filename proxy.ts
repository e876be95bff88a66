// Next.js proxy (formerly middleware): runs before every page, server action and route handler.
// Refuses malformed and cross-site requests once for all of them (lib/http/guard-request.ts) and
// adds the headers that depend on run-time settings (HSTS when APP_URL is https). The fixed
// security headers are in next.config.ts, so that static files get them too. Public event pages are
// rewritten to their language's cached render (lib/i18n/public-page-language.ts).
// The door's API (/api/events/<id>/check-in/*) skips the proxy: phones call it hundreds of times a
// second and the proxy's pass doubled the routing work of each call. Its gate applies the same
// request rules and HSTS itself (lib/check-in/authorize-check-in-request.ts). So does the
// registration form's post without JavaScript (/e/<slug>/register, app/(public)/e/[slug]/register).
import { NextResponse, type NextRequest } from "next/server";
import { guardRequest } from "@/lib/http/guard-request";
import { appUrl, strictTransportSecurity } from "@/lib/http/strict-transport-security";
import { PUBLIC_LANGUAGE_COOKIE, publicPageRewrite } from "@/lib/i18n/public-page-language";

export function proxy(request: NextRequest) {
  const url = appUrl();
  const refusal = guardRequest({ method: request.method, url: request.url, headers: request.headers }, url);
  const rewrite = refusal
    ? null
    : publicPageRewrite(
        request.nextUrl.pathname,
        request.nextUrl.searchParams.get("lang"),
        request.cookies.get(PUBLIC_LANGUAGE_COOKIE)?.value,
      );
  const response = refusal
    ? new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      })
    : rewrite
      ? NextResponse.rewrite(new URL(rewrite.path + request.nextUrl.search, request.url))
      : NextResponse.next();
  if (rewrite?.remember) {
    // The visitor's choice for this event only (the cookie's path), for a year.
    response.cookies.set(PUBLIC_LANGUAGE_COOKIE, rewrite.remember.language, {
      path: rewrite.remember.slugPath,
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      httpOnly: true,
      secure: url.startsWith("https://"),
    });
  }
  for (const [name, value] of Object.entries(strictTransportSecurity(url))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next.js's own build assets and the door's API (see the top of this file). Only an
  // event id of hex digits and dashes skips it: Next decodes the [eventId] segment before any handler
  // runs, so a malformed %-escape there must meet the proxy's 400, not crash the route (a 500). The
  // same for a slug: only one of the characters a slug is made of skips it.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/events/[0-9a-fA-F-]+/check-in/|e/[a-z0-9-]+/register$).*)"],
};
