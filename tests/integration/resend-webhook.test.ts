// POST /api/webhooks/resend, the whole loop: the fake Resend accepts an email, then calls the app's
// webhook (served here over HTTP by the real route handler) the way Resend does, signed with Svix.
// Signature ok / bad / missing / stale / replayed, an unknown email id, the body limit, and a hard
// bounce that suppresses later emails until the organizer corrects the address.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messages, participants, resendWebhookReceipts } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { purgeWebhookReceipts } from "@/lib/email/record-delivery-event";
import { deliverMessage } from "@/lib/email/deliver-message";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import { SUPPRESSED_ERROR } from "@/lib/email/send-attempts";
import { correctParticipantEmail } from "@/lib/participants/correct-participant-email";
import { createEvent, uniqueSuffix } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { addParticipants, historyOf } from "../helpers/participants";
import { newWebhookSecret, postSignedWebhook, resendEventPayload, signedWebhookRequest } from "../helpers/resend-webhooks";

// Read once by env(): set before the route first runs.
const SECRET = newWebhookSecret();
process.env.RESEND_WEBHOOK_SECRET = SECRET;

const fake = await fakeResendForFile({ apiKey: "re_test" });
const transport = () =>
  createResendTransport({ apiKey: "re_test", baseUrl: fake.url, timeoutMs: 2_000, limiter: new RateLimiter({ requestsPerSecond: 50 }) });

// The route handler behind a real socket, so the fake's webhook calls travel over HTTP.
let server: http.Server;
let webhookUrl = "";
beforeAll(async () => {
  const { POST } = await import("@/app/api/webhooks/resend/route");
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const response = await POST(new Request(`http://127.0.0.1${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/resend`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function participantWithSentEmail(kind: "approved" | "rsvp_request" = "approved") {
  fake.setWebhook({ url: webhookUrl, secret: SECRET });
  const event = await createEvent();
  const [p] = await addParticipants(event.id, [{ firstName: "Ada", lastName: "Lovelace", status: "approved" }]);
  const messageId = await send(event.id, p.id, p.email, kind);
  expect(await load(messageId)).toMatchObject({ status: "sent" });
  return { event, participant: p, messageId, emailId: (await load(messageId)).providerId as string };
}

async function send(eventId: string, participantId: string, to: string, kind: "approved" | "rsvp_request" = "rsvp_request") {
  const { id } = await createMessage(db(), {
    key: `${kind}:${uniqueSuffix()}`,
    kind,
    eventId,
    participantId,
    to,
    subject: "Hello",
    html: "<p>Hello</p>",
    text: "Hello",
  });
  await deliverMessage(db(), id, transport());
  return id;
}

const load = async (id: string) => (await db().select().from(messages).where(eq(messages.id, id)))[0];
const participant = async (id: string) => (await db().select().from(participants).where(eq(participants.id, id)))[0];
const receipts = async () => db().select().from(resendWebhookReceipts);

describe("the Resend webhook", () => {
  it("records delivered on the message for a correctly signed call", async () => {
    const { messageId, emailId } = await participantWithSentEmail();
    const res = await fake.report(emailId, "email.delivered");
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ outcome: "recorded" });
    expect(await load(messageId)).toMatchObject({ status: "sent", deliveryStatus: "delivered" });
  });

  it("records a delay, and a later delivery replaces it", async () => {
    const { messageId, emailId } = await participantWithSentEmail();
    await fake.report(emailId, "email.delivery_delayed");
    expect((await load(messageId)).deliveryStatus).toBe("delayed");
    await fake.report(emailId, "email.delivered");
    expect((await load(messageId)).deliveryStatus).toBe("delivered");
  });

  it("refuses a bad signature, a missing one and a stale timestamp with 401 and changes nothing", async () => {
    const { messageId, participant: p } = await participantWithSentEmail();
    const email = fake.received[0];
    const payload = resendEventPayload("email.bounced", email);

    const forged = await postSignedWebhook(webhookUrl, newWebhookSecret(), payload);
    expect(forged.status).toBe(401);

    const unsigned = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    expect(unsigned.status).toBe(401);

    // Signed with the right secret, but tampered with after signing.
    const signed = signedWebhookRequest(SECRET, payload);
    const tampered = await fetch(webhookUrl, {
      method: "POST",
      headers: signed.headers,
      body: signed.body.replace("Permanent", "Transient"),
    });
    expect(tampered.status).toBe(401);

    const stale = await postSignedWebhook(webhookUrl, SECRET, payload, { timestamp: new Date(Date.now() - 10 * 60_000) });
    expect(stale.status).toBe(401);

    expect(await load(messageId)).toMatchObject({ deliveryStatus: null });
    expect((await participant(p.id)).emailUndeliverableAt).toBeNull();
    expect(await receipts()).toHaveLength(0);
  });

  it("answers a replayed call 200 and records it once", async () => {
    const { messageId, emailId } = await participantWithSentEmail();
    const first = await fake.report(emailId, "email.delivered", { svixId: "msg_replayed_once" });
    expect(first.status).toBe(200);
    // Meanwhile the email bounced; the replay of the old "delivered" must not count again.
    await db().update(messages).set({ deliveryStatus: null }).where(eq(messages.id, messageId));
    const replay = await fake.report(emailId, "email.delivered", { svixId: "msg_replayed_once" });
    expect(replay.status).toBe(200);
    expect(JSON.parse(replay.body)).toMatchObject({ outcome: "replayed" });
    expect((await load(messageId)).deliveryStatus).toBeNull();
    expect(await receipts()).toHaveLength(1);
  });

  it("forgets receipts after the retention, so the table does not grow with every email", async () => {
    const { emailId } = await participantWithSentEmail();
    await fake.report(emailId, "email.delivered", { svixId: "msg_old_receipt" });
    await fake.report(emailId, "email.delivery_delayed", { svixId: "msg_fresh_receipt" });
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await db().update(resendWebhookReceipts).set({ receivedAt: eightDaysAgo }).where(eq(resendWebhookReceipts.svixId, "msg_old_receipt"));
    expect(await purgeWebhookReceipts(db())).toBeGreaterThanOrEqual(1);
    const left = (await receipts()).map((r) => r.svixId);
    expect(left).toContain("msg_fresh_receipt");
    expect(left).not.toContain("msg_old_receipt");
    expect(await purgeWebhookReceipts(db())).toBe(0);
  });

  it("accepts and ignores an event for an email it never sent", async () => {
    const res = await postSignedWebhook(
      webhookUrl,
      SECRET,
      resendEventPayload("email.bounced", {
        id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
        from: "a@b.c",
        to: ["x@example.com"],
        subject: "?",
      }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ outcome: "unknown_message" });
  });

  it("answers 400 to a signed body that is not a Resend event, and 413 to an oversized one", async () => {
    expect((await postSignedWebhook(webhookUrl, SECRET, { hello: "world" })).status).toBe(400);
    const huge = resendEventPayload("email.delivered", { id: "x", from: "a@b.c", to: ["x@example.com"], subject: "x".repeat(70_000) });
    expect((await postSignedWebhook(webhookUrl, SECRET, huge)).status).toBe(413);
  });

  it("a hard bounce marks the address undeliverable; later emails are suppressed until the organizer corrects it", async () => {
    const { event, participant: p, messageId, emailId } = await participantWithSentEmail();
    expect((await fake.report(emailId, "email.bounced", { bounceType: "Permanent" })).status).toBe(200);
    expect(await load(messageId)).toMatchObject({ deliveryStatus: "bounced" });
    expect((await load(messageId)).deliveryDetail).toContain("Permanent");
    const marked = await participant(p.id);
    expect(marked.emailUndeliverableAt).not.toBeNull();
    expect(marked.emailUndeliverableReason).toContain("Hard bounce");

    const later = await send(event.id, p.id, p.email);
    expect(await load(later)).toMatchObject({ status: "suppressed", error: SUPPRESSED_ERROR, providerId: null });
    expect(fake.received).toHaveLength(1);

    const result = await correctParticipantEmail(db(), {
      eventId: event.id,
      participantId: p.id,
      email: "ada.fixed@example.com",
      actor: { id: "u1", name: "Olga Owner" },
    });
    expect(result).toEqual({ ok: true });
    expect(await participant(p.id)).toMatchObject({ email: "ada.fixed@example.com", emailUndeliverableAt: null });
    const history = await historyOf([p.id]);
    expect(history.at(-1)?.reason).toContain(`corrected from ${p.email} to ada.fixed@example.com`);

    const afterFix = await send(event.id, p.id, "ada.fixed@example.com");
    expect(await load(afterFix)).toMatchObject({ status: "sent" });
    expect(fake.received.at(-1)?.to).toEqual(["ada.fixed@example.com"]);
  });

  it("a complaint marks the address too; clearing the mark lets emails go again", async () => {
    const { event, participant: p, emailId } = await participantWithSentEmail();
    await fake.report(emailId, "email.complained");
    expect((await participant(p.id)).emailUndeliverableReason).toContain("Complaint");
    expect(await load(await send(event.id, p.id, p.email))).toMatchObject({ status: "suppressed" });
    expect(
      await correctParticipantEmail(db(), { eventId: event.id, participantId: p.id, email: null, actor: { id: "u1", name: "O" } }),
    ).toEqual({
      ok: true,
    });
    expect(await load(await send(event.id, p.id, p.email))).toMatchObject({ status: "sent" });
  });

  it("a transient bounce is recorded but does not mark the address", async () => {
    const { participant: p, messageId, emailId } = await participantWithSentEmail();
    await fake.report(emailId, "email.bounced", { bounceType: "Transient" });
    expect((await load(messageId)).deliveryStatus).toBe("bounced");
    expect((await participant(p.id)).emailUndeliverableAt).toBeNull();
  });
});
