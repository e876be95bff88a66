// Which requests pass through proxy.ts: everything but Next's build assets and the door's API, whose
// gate applies the proxy's rules itself (tests/integration/check-in-routes.test.ts).
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const matches = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost:3000${path}` });
const event = "0b8f9a52-6c1e-4a55-9d1e-2f3c4b5a6d7e";

describe("the proxy's matcher", () => {
  it("skips the door's API routes", () => {
    for (const route of ["scan", "manual", "undo", "search?q=ada", "counters"])
      expect(matches(`/api/events/${event}/check-in/${route}`)).toBe(false);
  });

  it("still runs for pages (the door page included), other API routes and look-alike paths", () => {
    for (const path of [
      `/events/${event}/check-in`,
      `/api/events/${event}/export`,
      `/api/events/${event}/check-in`,
      `/api/events/${event}/other/check-in/scan`,
      // An undecodable event id meets the proxy's 400 (the route would fail decoding it).
      "/api/events/%E0%A4%A/check-in/counters",
      "/api/events/not-an-id!/check-in/scan",
      "/api/health",
      "/e/some-event",
      "/",
    ])
      expect(matches(path), path).toBe(true);
  });
});
