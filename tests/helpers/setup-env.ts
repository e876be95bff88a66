// Runs in every test worker before the test file is imported: the environment from the global
// setup (test database URL, outbox transport…), whatever the shell that started vitest had set.
import { inject } from "vitest";

Object.assign(process.env, inject("testEnv"));
delete process.env.RESEND_API_KEY;
delete process.env.RESEND_BASE_URL;
