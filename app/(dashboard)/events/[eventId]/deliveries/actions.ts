"use server";
// "Retry" on an undelivered message: eventAction checks the session and the event → retryMessage
// (which scopes the message to that event again) → back to the page, which reports the message's
// state. "Send again" on an email whose outcome is unknown (no answer within Resend's 24 h) goes the
// same way, and only after the organizer confirms they checked that it did not arrive.
import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { confirmUnknownMessage } from "@/lib/email/confirm-unknown-message";
import { retryMessage } from "@/lib/email/retry-message";
import { confirmResendSchema, retryMessageSchema, type RetryMessageState } from "@/lib/validation/deliveries";

const NOT_FOUND = "This email could not be found.";

export const retryMessageAction = eventAction({
  schema: retryMessageSchema.pick({ messageId: true }),
  invalid: (): RetryMessageState => ({ error: NOT_FOUND }),
  run: async ({ event, input }): Promise<RetryMessageState> => {
    const result = await retryMessage(db(), { eventId: event.id, messageId: input.messageId });
    if (!result.ok) {
      const errors = {
        already_sent: "This email has been sent already.",
        cancelled: "This email was cancelled: its recipient was anonymised.",
        not_found: NOT_FOUND,
      };
      return { error: errors[result.reason] };
    }
    // The page says what became of it: with a fast worker the row may be gone (sent) by the time it
    // renders, so the outcome cannot live in the row's own button.
    redirect(`/events/${event.id}/deliveries?retried=${input.messageId}`);
  },
});

export const confirmResendAction = eventAction({
  schema: confirmResendSchema.pick({ messageId: true, checked: true }),
  invalid: (): RetryMessageState => ({ error: "Confirm that you checked the recipient did not get this email." }),
  run: async ({ event, input }): Promise<RetryMessageState> => {
    const result = await confirmUnknownMessage(db(), { eventId: event.id, messageId: input.messageId });
    if (!result.ok) return { error: result.reason === "not_found" ? NOT_FOUND : "This email's outcome is known now: reload the page." };
    redirect(`/events/${event.id}/deliveries?retried=${input.messageId}`);
  },
});
