// Reading a Resend webhook call: the signature (Resend signs with Svix; verified with the svix
// library, which also refuses a timestamp more than 5 minutes off) and then the payload's shape.
// Payloads, https://resend.com/docs/webhooks: { type, created_at, data: { email_id, to, bounce? } }.
import { Webhook } from "svix";
import { z } from "zod";

/** Larger bodies are refused before anything is parsed (Resend's event payloads are a few KB). */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

export const resendWebhookPayloadSchema = z.object({
  type: z.string().min(1).max(100),
  created_at: z.string().max(100).optional(),
  data: z
    .object({
      email_id: z.string().min(1).max(200).optional(),
      to: z.array(z.string().max(400)).max(50).optional(),
      bounce: z
        .object({
          type: z.string().max(100).optional(),
          subType: z.string().max(100).optional(),
          message: z.string().max(2000).optional(),
        })
        .optional(),
    })
    .passthrough(),
});

export type ResendWebhookPayload = z.infer<typeof resendWebhookPayloadSchema>;

export type VerifiedWebhook = { svixId: string; payload: ResendWebhookPayload };

export type WebhookRefusal = { status: 400 | 401; message: string };

type HeaderSource = { get(name: string): string | null };

/** Verifies the svix-* headers against the raw body; then parses it. */
export function verifyResendWebhook(secret: string, rawBody: string, headers: HeaderSource): VerifiedWebhook | WebhookRefusal {
  const svixId = headers.get("svix-id");
  const svixTimestamp = headers.get("svix-timestamp");
  const svixSignature = headers.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) return { status: 401, message: "Missing signature headers." };
  if (svixId.length > 200) return { status: 401, message: "Invalid signature." };
  try {
    new Webhook(secret).verify(rawBody, { "svix-id": svixId, "svix-timestamp": svixTimestamp, "svix-signature": svixSignature });
  } catch {
    // Bad signature, or a timestamp outside the tolerance: both are refusals, nothing is recorded.
    return { status: 401, message: "Invalid signature." };
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 400, message: "The body is not JSON." };
  }
  const parsed = resendWebhookPayloadSchema.safeParse(json);
  if (!parsed.success) return { status: 400, message: "Not a Resend webhook payload." };
  return { svixId, payload: parsed.data };
}
