// Resend, through its SDK. The SDK never throws for HTTP errors; it returns { error } with a name
// such as rate_limit_exceeded or validation_error, which we sort into retryable and permanent.
import { Resend } from "resend";
import { PermanentEmailError, RetryableEmailError, type EmailTransport } from "./transport";

const PERMANENT = new Set([
  "validation_error",
  "invalid_from_address",
  "invalid_to_address",
  "invalid_attachment",
  "missing_required_field",
  "invalid_parameter",
  "invalid_idempotency_key",
  "invalid_idempotent_request",
  "not_found",
]);

export function createResendTransport(opts: { apiKey: string; baseUrl?: string; timeoutMs?: number }): EmailTransport {
  const client = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  return {
    name: "resend",
    async send(email) {
      let result: Awaited<ReturnType<typeof client.emails.send>>;
      try {
        result = await client.emails.send(
          {
            from: email.from,
            to: [email.to],
            subject: email.subject,
            html: email.html,
            text: email.text,
            attachments: email.attachments?.map((a) => ({
              filename: a.filename,
              content: a.content.toString("base64"),
              contentType: a.contentType,
            })),
          },
          { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) } as never,
        );
      } catch (err) {
        // Network failure or our timeout: the provider may or may not have it; the idempotency key
        // makes the retry safe either way.
        throw new RetryableEmailError(`resend request failed: ${(err as Error).message}`);
      }
      if (result.error) {
        const { name, message } = result.error;
        const status = (result.error as { statusCode?: number | null }).statusCode ?? 0;
        if (name === "rate_limit_exceeded" || status === 429) {
          throw new RetryableEmailError(`rate limited: ${message}`, retryAfterMs(result.headers));
        }
        if (PERMANENT.has(name) || (status >= 400 && status < 500 && status !== 408 && status !== 409)) {
          throw new PermanentEmailError(`${name}: ${message}`);
        }
        throw new RetryableEmailError(`${name}: ${message}`);
      }
      if (!result.data?.id) throw new RetryableEmailError("resend returned no message id");
      return { providerId: result.data.id };
    },
  };
}

function retryAfterMs(headers: Record<string, string> | null | undefined): number | undefined {
  const value = headers?.["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
}
