// Rules every request passes before any page, action or route handler runs (applied by proxy.ts):
// - a path with an undecodable percent-escape is a 400, not a crash further in;
// - a state-changing request (anything but GET/HEAD/OPTIONS) carrying an Origin from another site is
//   a 403: route handlers and server actions alike, so a cross-site form or text/plain fetch cannot
//   act with the user's cookies. No Origin at all (curl, old clients) passes: browsers always send
//   one on cross-origin POSTs.
// - a server action's body declared larger than the limit in next.config.ts is a 413.
export const SERVER_ACTION_BODY_LIMIT = 2 * 1024 * 1024;

export type Refusal = { status: 400 | 403 | 413; message: string };

type RequestLike = { method: string; url: string; headers: { get(name: string): string | null } };

export function isSameOrigin(headers: RequestLike["headers"], appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === headers.get("host") || host === new URL(appUrl).host;
}

export function guardRequest(request: RequestLike, appUrl: string): Refusal | null {
  const rawPath = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").split("?")[0];
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: "Bad request: the address contains an invalid %-escape." };
  }
  const method = request.method.toUpperCase();
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  if (!isSameOrigin(request.headers, appUrl))
    return { status: 403, message: "Forbidden: requests that change data are accepted from this site's own pages only." };
  if (request.headers.get("next-action") !== null) {
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > SERVER_ACTION_BODY_LIMIT) return { status: 413, message: "Request body too large." };
  }
  return null;
}
