// Next.js 16 gives route handlers, server actions and pages no way to read the socket's address
// (NextRequest.ip is gone; `headers()` only has headers), and it fills X-Forwarded-For with the
// socket address only when the client sent none — so a client can name any address it likes.
// The web process therefore stamps every incoming request, before Next.js sees it, with the socket
// address in a header of our own, overwriting whatever a client put there (installed from
// instrumentation-node.ts, i.e. in the process that owns the HTTP server, for `next start` and the
// standalone server alike).
import http from "node:http";

export const PEER_ADDRESS_HEADER = "x-eventdesk-peer-address";

const holder = globalThis as typeof globalThis & { __eventdeskPeerAddressInstalled?: boolean };

export function installPeerAddressHeader(): void {
  if (holder.__eventdeskPeerAddressInstalled) return;
  holder.__eventdeskPeerAddressInstalled = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
