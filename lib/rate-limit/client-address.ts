// The client's address, for per-address budgets. The socket address (stamped by peer-address.ts)
// unless the request came from a proxy listed in TRUSTED_PROXY; then X-Forwarded-For is read from
// the right, skipping trusted proxies, and the first address that is not one of them is the client
// (anything further left was written by the client and proves nothing).
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "./peer-address";

type HeaderSource = { get(name: string): string | null };

let cached: { spec: string | undefined; list: BlockList | null } | undefined;

function trustedProxies(): BlockList | null {
  const spec = env().TRUSTED_PROXY;
  if (cached && cached.spec === spec) return cached.list;
  let list: BlockList | null = null;
  if (spec) {
    list = new BlockList();
    for (const raw of spec.split(",")) {
      const entry = raw.trim();
      if (entry === "loopback") {
        list.addSubnet("127.0.0.0", 8, "ipv4");
        list.addAddress("::1", "ipv6");
        continue;
      }
      const [address, bits] = entry.split("/");
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (bits) list.addSubnet(address, Number(bits), family);
      else list.addAddress(address, family);
    }
  }
  cached = { spec, list };
  return list;
}

function normalise(address: string): string {
  const a = address.trim();
  // IPv4 clients on a dual-stack socket show up as ::ffff:1.2.3.4.
  return a.startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
}

export function clientAddress(headers: HeaderSource): string {
  const peer = normalise(headers.get(PEER_ADDRESS_HEADER) ?? "");
  const list = trustedProxies();
  if (!list || !isTrusted(list, peer)) return peer || "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!isTrusted(list, forwarded[i])) return isIP(forwarded[i]) ? forwarded[i] : "unknown";
  }
  return forwarded[0] ?? peer;
}
