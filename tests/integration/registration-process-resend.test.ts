// registration.process with EMAIL_TRANSPORT=resend, against the fake Resend API: counts what the
// provider actually receives when the job runs more than once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerParticipant } from "@/lib/participants/register-participant";
import registrationProcessJob from "@/jobs/registration-process";
import participantApprovedJob from "@/jobs/participant-approved";
import { createEvent, jobsFor, messagesOf, registration } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(registrationProcessJob);
const handleApproved = handlerOf(participantApprovedJob);

const fake = await fakeResendForFile({ apiKey: "re_test" });
// Read by env() on its first call, which comes after this (this file runs in its own process).
process.env.EMAIL_TRANSPORT = "resend";
process.env.RESEND_API_KEY = "re_test";
process.env.RESEND_BASE_URL = fake.url;

async function registered(approvalMode: "manual" | "automatic") {
  const event = await createEvent({ approvalMode });
  const result = await registerParticipant(db(), event.id, registration({ email: "ada@example.com" }));
  if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
  return result.participantId;
}

describe("processing a registration with Resend", () => {
  it("sends an automatic approval, with its ticket attached, to Resend once when the jobs run twice in a row", async () => {
    const participantId = await registered("automatic");
    await handle(db(), { participantId });
    await handle(db(), { participantId });
    const jobs = await jobsFor("participant.approved", participantId);
    expect(jobs).toHaveLength(1);
    const job = jobs[0].data as { participantId: string; changeId: string };
    await handleApproved(db(), job);
    await handleApproved(db(), job);

    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatchObject({ to: ["ada@example.com"], idempotencyKey: `approved:${job.changeId}` });
    // The ticket, and the calendar entry beside it.
    expect(fake.received[0].attachments).toHaveLength(2);
    expect(fake.received[0].attachments![1].filename).toMatch(/\.ics$/);
    expect(fake.received[0].attachments![0].filename).toMatch(/^ticket-test-event-[0-9a-f]+\.pdf$/);
    expect(Buffer.from(fake.received[0].attachments![0].content!, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect(await messagesOf(participantId)).toMatchObject([{ status: "sent", transport: "resend", providerId: fake.received[0].id }]);
  });

  it("sends the email to Resend once when the job runs three times at once", async () => {
    const participantId = await registered("manual");
    await Promise.all([1, 2, 3].map(() => handle(db(), { participantId })));
    expect(fake.requests).toHaveLength(1);
    expect(fake.received).toHaveLength(1);
    expect(await messagesOf(participantId)).toMatchObject([{ kind: "registration_received", status: "sent", attempts: 1 }]);
  });

  it("fails the job when the provider keeps failing, and its retry sends the email once", async () => {
    const participantId = await registered("manual");
    // More than the transport's in-process retries (4 requests per delivery attempt).
    fake.failNext(4, "500");
    await expect(handle(db(), { participantId })).rejects.toThrow("internal_server_error");
    // In its recorded attempt (a 5xx may have been processed); the retry re-sends it with its key.
    expect(await messagesOf(participantId)).toMatchObject([{ status: "sending", attempts: 1 }]);
    await handle(db(), { participantId });
    expect(fake.received).toHaveLength(1);
    expect(await messagesOf(participantId)).toMatchObject([{ status: "sent", attempts: 2, error: null }]);
  });
});
