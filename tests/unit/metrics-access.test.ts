import { describe, expect, it } from "vitest";
import { metricsAccess } from "@/lib/metrics/bearer-token";

describe("access to the metrics endpoints", () => {
  const token = "s3cret-token-0123456789";

  it("is disabled while no token is configured, whatever the request carries", () => {
    expect(metricsAccess(`Bearer ${token}`, undefined)).toBe("disabled");
    expect(metricsAccess(undefined, undefined)).toBe("disabled");
  });

  it("is allowed only for the configured bearer token", () => {
    expect(metricsAccess(`Bearer ${token}`, token)).toBe("allowed");
    expect(metricsAccess(`bearer  ${token}`, token)).toBe("allowed");
    expect(metricsAccess(`Bearer ${token}x`, token)).toBe("unauthorized");
    expect(metricsAccess(token, token)).toBe("unauthorized");
    expect(metricsAccess(`Basic ${token}`, token)).toBe("unauthorized");
    expect(metricsAccess(null, token)).toBe("unauthorized");
  });
});
