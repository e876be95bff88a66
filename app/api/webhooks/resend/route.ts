// POST /api/webhooks/resend: delivery feedback from Resend (delivered, delayed, bounced,
// complained). Budgeted per client address, body size limited, signature verified with the svix
// library (unsigned, bad or stale: 401, nothing recorded), replays recognised by svix-id.
// 404 while RESEND_WEBHOOK_SECRET is unset, so an unconfigured install has no open endpoint.
import { db } from "@/lib/db/client";
import { recordDeliveryEvent } from "@/lib/email/record-delivery-event";
import { verifyResendWebhook, WEBHOOK_BODY_LIMIT } from "@/lib/email/resend-webhook";
import { env } from "@/lib/env";
import { budgetRefusal, tooManyRequestsResponse } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";
import { readLimitedBody } from "@/lib/imports/read-limited-body";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The body as text, or null when it is (or declares itself) over the limit. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  const body = await readLimitedBody(request.body, limit);
  return body.ok ? body.bytes.toString("utf8") : null;
}

export async function POST(request: Request) {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return text(404, "Not found.");
  // Read by Resend's servers, not by people: English, like the route's other answers.
  const refused = await budgetRefusal([{ rule: rules.resendWebhookAddress, key: clientAddress(request.headers) }], "en");
  if (refused) return tooManyRequestsResponse(refused);
  const body = await readLimited(request, WEBHOOK_BODY_LIMIT);
  if (body === null) return text(413, "Request body too large.");
  const verified = verifyResendWebhook(secret, body, request.headers);
  if ("status" in verified) return text(verified.status, verified.message);
  const outcome = await recordDeliveryEvent(db(), verified.svixId, verified.payload);
  return Response.json({ ok: true, outcome }, { headers: { "Cache-Control": "no-store" } });
}
