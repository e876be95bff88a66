// Runs in every test worker before the test file is imported: the environment from the global
// setup (this worker's database URL, outbox transport…), whatever the shell that started vitest had set.
import { inject } from "vitest";

Object.assign(process.env, inject("testEnv"));
// Each worker process has a database of its own (copied from the migrated one by the global setup).
const workerUrls = inject("workerDatabaseUrls");
const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
process.env.DATABASE_URL = workerUrls[(poolId - 1) % workerUrls.length];
delete process.env.RESEND_API_KEY;
delete process.env.RESEND_BASE_URL;
