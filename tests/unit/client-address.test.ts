// The client's address for budgets: the socket's unless the request came from a TRUSTED_PROXY.
import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { PEER_ADDRESS_HEADER } from "@/lib/rate-limit/peer-address";

const config = env() as { TRUSTED_PROXY?: string };
const h = (peer: string, xff?: string) => new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(xff ? { "x-forwarded-for": xff } : {}) });

afterEach(() => {
  config.TRUSTED_PROXY = undefined;
});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For without TRUSTED_PROXY", () => {
    expect(clientAddress(h("203.0.113.5", "1.2.3.4"))).toBe("203.0.113.5");
    expect(clientAddress(h("::ffff:203.0.113.5"))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
  });

  it("reads X-Forwarded-For from the right, only from a trusted proxy", () => {
    config.TRUSTED_PROXY = "loopback, 10.0.0.0/8";
    expect(clientAddress(h("127.0.0.1", "6.6.6.6, 198.51.100.2"))).toBe("198.51.100.2");
    expect(clientAddress(h("127.0.0.1", "6.6.6.6, 198.51.100.2, 10.1.2.3"))).toBe("198.51.100.2");
    expect(clientAddress(h("::1", "2001:db8::1"))).toBe("2001:db8::1");
    // Not from the proxy: the header is the client's own words.
    expect(clientAddress(h("198.51.100.9", "6.6.6.6"))).toBe("198.51.100.9");
    expect(clientAddress(h("127.0.0.1", "garbage"))).toBe("unknown");
  });
});
