// Input of the deliveries page's actions: ids only, and only well-formed ones.
import { z } from "zod";

export const retryMessageSchema = z.object({
  eventId: z.uuid(),
  messageId: z.uuid(),
});

/** What "Retry" answers when it could not retry (on success it goes back to the page). */
export type RetryMessageState = { error?: string };

/** "Send again" for a message whose outcome is unknown: the organizer must say they checked. */
export const confirmResendSchema = retryMessageSchema.extend({ checked: z.literal("yes") });
