// The lifecycle most Resend-facing integration files share: one fake Resend for the whole file,
// emptied together with the database before each test, closed with the pool after the last one.
//
//   const fake = await fakeResendForFile({ apiKey: "re_test" });
import { afterAll, beforeEach } from "vitest";
import { closeConnections, resetDb } from "./db";
import { startFakeResend, type FakeResend } from "./fake-resend";

export async function fakeResendForFile(options: Parameters<typeof startFakeResend>[0]): Promise<FakeResend> {
  const fake = await startFakeResend(options);
  beforeEach(async () => {
    fake.reset();
    await resetDb();
  });
  afterAll(async () => {
    await fake.close();
    await closeConnections();
  });
  return fake;
}
