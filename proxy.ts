// Next.js proxy (formerly middleware): runs before every page, server action and route handler.
// Refuses malformed and cross-site requests once for all of them (lib/http/guard-request.ts) and
// adds the headers that depend on run-time settings (HSTS when APP_URL is https). The fixed
// security headers are in next.config.ts, so that static files get them too.
import { NextResponse, type NextRequest } from "next/server";
import { guardRequest } from "@/lib/http/guard-request";

function appUrl(): string {
  return process.env.APP_URL || "http://localhost:3000";
}

export function proxy(request: NextRequest) {
  const url = appUrl();
  const refusal = guardRequest({ method: request.method, url: request.url, headers: request.headers }, url);
  const response = refusal
    ? new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      })
    : NextResponse.next();
  if (url.startsWith("https://")) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Everything but Next.js's own build assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
