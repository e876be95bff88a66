// registration.process with EMAIL_TRANSPORT=resend, against the fake Resend API: counts what the
// provider actually receives when the job runs more than once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerParticipant } from "@/lib/participants/register-participant";
import { handle } from "@/jobs/registration-process";
import { closeConnections, createEvent, messagesOf, registration, resetDb } from "../helpers/db";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test" });
  // Read by env() on its first call, which comes after this (this file runs in its own process).
  process.env.EMAIL_TRANSPORT = "resend";
  process.env.RESEND_API_KEY = "re_test";
  process.env.RESEND_BASE_URL = fake.url;
});
beforeEach(async () => {
  fake.reset();
  await resetDb();
});
afterAll(async () => {
  await fake.close();
  await closeConnections();
});

async function registered(approvalMode: "manual" | "automatic") {
  const event = await createEvent({ approvalMode });
  const result = await registerParticipant(db(), event.id, registration({ email: "ada@example.com" }));
  if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
  return result.participantId;
}

describe("processing a registration with Resend", () => {
  it("sends the email to Resend once when the job runs twice in a row", async () => {
    const participantId = await registered("automatic");
    await handle(db(), { participantId });
    await handle(db(), { participantId });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatchObject({ to: ["ada@example.com"], idempotencyKey: `approved:${participantId}` });
    expect(await messagesOf(participantId)).toMatchObject([{ status: "sent", transport: "resend", providerId: fake.received[0].id }]);
  });

  it("sends the email to Resend once when the job runs three times at once", async () => {
    const participantId = await registered("manual");
    await Promise.all([1, 2, 3].map(() => handle(db(), { participantId })));
    expect(fake.requests).toHaveLength(1);
    expect(fake.received).toHaveLength(1);
    expect(await messagesOf(participantId)).toMatchObject([{ kind: "registration_received", status: "sent", attempts: 1 }]);
  });

  it("fails the job on a provider error, and its retry sends the email once", async () => {
    const participantId = await registered("manual");
    fake.failNext(1, "500");
    await expect(handle(db(), { participantId })).rejects.toThrow("internal_server_error");
    expect(await messagesOf(participantId)).toMatchObject([{ status: "queued", attempts: 1 }]);
    await handle(db(), { participantId });
    expect(fake.received).toHaveLength(1);
    expect(await messagesOf(participantId)).toMatchObject([{ status: "sent", attempts: 2, error: null }]);
  });
});
