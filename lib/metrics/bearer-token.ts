// The metrics endpoints (web and worker) answer only a request that carries METRICS_TOKEN as a bearer
// token. Compared in constant time, on digests so that the lengths do not leak either.
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "allowed" | "disabled" | "unauthorized";

export function metricsAccess(authorization: string | null | undefined, token: string | undefined): MetricsAccess {
  if (!token) return "disabled";
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "");
  if (!match) return "unauthorized";
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(match[1]), digest(token)) ? "allowed" : "unauthorized";
}
