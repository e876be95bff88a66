// email.send: deliver one recorded message. Re-running it after success does nothing.
import type { Db } from "@/lib/db/client";
import { deliverMessage } from "@/lib/email/deliver-message";
import type { JobPayload } from "@/lib/queue/jobs";

export const name = "email.send" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  await deliverMessage(db, payload.messageId);
}
