// Playwright's webServer: the production app + worker on a fresh database. Writes the database URL
// to .tmp/e2e-database-url so that specs can seed data directly. E2E_REUSE_BUILD=1 skips `next build`.
import { writeFileSync, mkdirSync } from "node:fs";
import { startAppStack } from "../helpers/app-stack";

const port = Number(process.env.E2E_PORT ?? 3210);

async function main() {
  const stack = await startAppStack({
    port,
    databaseUrl: process.env.E2E_DATABASE_URL,
    build: process.env.E2E_REUSE_BUILD !== "1",
    // The specs register, answer and scan far more from one address than a person would; the
    // public budgets are tested on a stack of their own (abuse-resistance.spec.ts).
    extraEnv: { ...process.env, RATE_LIMITS: "off" },
  });
  mkdirSync(".tmp", { recursive: true });
  writeFileSync(".tmp/e2e-database-url", stack.databaseUrl);
  console.log(`[e2e] app ready at ${stack.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((err) => {
  console.error("[e2e] server failed:", err);
  process.exit(1);
});
