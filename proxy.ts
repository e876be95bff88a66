// Next.js proxy (formerly middleware): runs before every page, server action and route handler.
// Refuses malformed and cross-site requests once for all of them (lib/http/guard-request.ts) and
// adds the headers that depend on run-time settings (HSTS when APP_URL is https). The fixed
// security headers are in next.config.ts, so that static files get them too. Public event pages are
// rewritten to their language's cached render (lib/i18n/public-page-language.ts).
import { NextResponse, type NextRequest } from "next/server";
import { guardRequest } from "@/lib/http/guard-request";
import { PUBLIC_LANGUAGE_COOKIE, publicPageRewrite } from "@/lib/i18n/public-page-language";

function appUrl(): string {
  return process.env.APP_URL || "http://localhost:3000";
}

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
  if (url.startsWith("https://")) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Everything but Next.js's own build assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
