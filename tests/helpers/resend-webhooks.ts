// Resend's webhook calls as Resend makes them: a JSON event signed the Svix way (svix-id,
// svix-timestamp, svix-signature headers, https://resend.com/docs/webhooks/verify-webhooks-requests),
// payloads shaped like https://resend.com/docs/webhooks/emails/*. The fake Resend server uses these to
// report what happened to the emails it accepted; tests use them directly for stale and forged calls.
import { randomUUID } from "node:crypto";
import { Webhook } from "svix";

export type ResendEventType = "email.sent" | "email.delivered" | "email.delivery_delayed" | "email.bounced" | "email.complained";

export type ResendEventEmail = { id: string; from: string; to: string[]; subject: string };

export function resendEventPayload(
  type: ResendEventType,
  email: ResendEventEmail,
  opts: { bounceType?: "Permanent" | "Transient" | "Undetermined"; bounceMessage?: string } = {},
) {
  const now = new Date().toISOString();
  return {
    type,
    created_at: now,
    data: {
      created_at: now,
      email_id: email.id,
      from: email.from,
      to: email.to,
      subject: email.subject,
      ...(type === "email.bounced"
        ? {
            bounce: {
              type: opts.bounceType ?? "Permanent",
              subType: opts.bounceType === "Transient" ? "MailboxFull" : "General",
              message: opts.bounceMessage ?? "The recipient's mail server permanently rejected the email.",
            },
          }
        : {}),
    },
  };
}

/** A whsec_ secret of 24 random bytes, as Resend shows one. */
export function newWebhookSecret(): string {
  return `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64")}`;
}

/** The body and headers of one signed call; `timestamp` defaults to now, `svixId` to a fresh id. */
export function signedWebhookRequest(secret: string, payload: unknown, opts: { svixId?: string; timestamp?: Date } = {}) {
  const body = JSON.stringify(payload);
  const svixId = opts.svixId ?? `msg_${randomUUID().replaceAll("-", "")}`;
  const timestamp = opts.timestamp ?? new Date();
  const signature = new Webhook(secret).sign(svixId, timestamp, body);
  return {
    body,
    svixId,
    headers: {
      "content-type": "application/json",
      "svix-id": svixId,
      "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "svix-signature": signature,
    } as Record<string, string>,
  };
}

/** POSTs one signed call to `url`; the response status. */
export async function postSignedWebhook(url: string, secret: string, payload: unknown, opts: { svixId?: string; timestamp?: Date } = {}) {
  const req = signedWebhookRequest(secret, payload, opts);
  const res = await fetch(url, { method: "POST", headers: req.headers, body: req.body });
  return { status: res.status, body: await res.text(), svixId: req.svixId };
}
