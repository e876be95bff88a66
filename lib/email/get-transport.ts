import { env } from "@/lib/env";
import { outboxTransport } from "./outbox-transport";
import { sharedRateLimiter } from "./rate-limiter";
import { createResendTransport } from "./resend-transport";
import type { EmailTransport } from "./transport";

let transport: EmailTransport | undefined;

/** The transport chosen by EMAIL_TRANSPORT (outbox unless configured otherwise). */
export function getTransport(): EmailTransport {
  if (transport) return transport;
  const config = env();
  transport =
    config.EMAIL_TRANSPORT === "resend"
      ? createResendTransport({
          apiKey: config.RESEND_API_KEY!,
          baseUrl: config.RESEND_BASE_URL,
          timeoutMs: config.RESEND_TIMEOUT_MS,
          limiter: sharedRateLimiter(),
        })
      : outboxTransport;
  return transport;
}
