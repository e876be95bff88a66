// HSTS depends on APP_URL at run time, so it cannot live with the fixed headers in next.config.ts.
// proxy.ts adds it to everything it sees; the door's API routes, which skip the proxy, add it to
// their own answers (lib/check-in/authorize-check-in-request.ts).
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/** The app's public address, as the proxy reads it (APP_URL, or the development default). */
export function appUrl(): string {
  return process.env.APP_URL || "http://localhost:3000";
}

/** The Strict-Transport-Security header for this address: only when the app is served over https. */
export function strictTransportSecurity(url: string): Record<string, string> {
  return url.startsWith("https://") ? { "Strict-Transport-Security": HSTS_VALUE } : {};
}
