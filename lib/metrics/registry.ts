// One Prometheus registry per process, with Node's default process metrics (CPU, memory, event loop,
// GC). Kept on globalThis: Next.js bundles this module into several chunks (instrumentation, route
// handlers), which must all see the same registry.
import { collectDefaultMetrics, Registry } from "prom-client";

const holder = globalThis as typeof globalThis & { __eventdeskMetrics?: Registry };

export function metricsRegistry(): Registry {
  if (!holder.__eventdeskMetrics) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    holder.__eventdeskMetrics = registry;
  }
  return holder.__eventdeskMetrics;
}

/** A metric created once per process: the first call builds it, later calls (other chunks) reuse it. */
export function singleMetric<T>(name: string, create: (registry: Registry) => T): T {
  const registry = metricsRegistry();
  return (registry.getSingleMetric(name) as T | undefined) ?? create(registry);
}
