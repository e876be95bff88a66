// Vitest runs the unit and integration suites (tests/e2e holds Playwright specs, run separately).
// Integration tests share one real PostgreSQL, started and migrated once by the global setup, which
// copies the migrated database once per test worker: files run TEST_WORKERS (2) at a time, each in
// its own process, and each worker truncates only its own database's tables between tests.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// Read the same way by tests/helpers/global-setup.ts, which makes one database per worker.
const workers = Math.max(1, Number(process.env.TEST_WORKERS ?? 2));

export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: root }],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    maxWorkers: workers,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup-env.ts"],
  },
});
