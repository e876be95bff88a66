"use server";
// "Retry" on an undelivered message: eventAction checks the session and the event → retryMessage
// (which scopes the message to that event again) → back to the page, which reports the message's
// state.
import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { retryMessage } from "@/lib/email/retry-message";
import { retryMessageSchema, type RetryMessageState } from "@/lib/validation/deliveries";

const NOT_FOUND = "This email could not be found.";

export const retryMessageAction = eventAction({
  schema: retryMessageSchema.pick({ messageId: true }),
  invalid: (): RetryMessageState => ({ error: NOT_FOUND }),
  run: async ({ event, input }): Promise<RetryMessageState> => {
    const result = await retryMessage(db(), { eventId: event.id, messageId: input.messageId });
    if (!result.ok) return { error: result.reason === "already_sent" ? "This email has been sent already." : NOT_FOUND };
    // The page says what became of it: with a fast worker the row may be gone (sent) by the time it
    // renders, so the outcome cannot live in the row's own button.
    redirect(`/events/${event.id}/deliveries?retried=${input.messageId}`);
  },
});
