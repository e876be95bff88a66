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
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { confirmResendSchema, retryMessageSchema, type RetryMessageState } from "@/lib/validation/deliveries";

/** The refusals in the organizer's dashboard language. */
async function refusal(key: "notFound" | "alreadySent" | "cancelled" | "confirm" | "known"): Promise<RetryMessageState> {
  return { error: translator(await userLocale(), "activity")(`retry.errors.${key}`) };
}

export const retryMessageAction = eventAction({
  schema: retryMessageSchema.pick({ messageId: true }),
  invalid: () => refusal("notFound"),
  run: async ({ event, input }): Promise<RetryMessageState> => {
    const result = await retryMessage(db(), { eventId: event.id, messageId: input.messageId });
    if (!result.ok) {
      const keys = { already_sent: "alreadySent", cancelled: "cancelled", not_found: "notFound" } as const;
      return refusal(keys[result.reason]);
    }
    // The page says what became of it: with a fast worker the row may be gone (sent) by the time it
    // renders, so the outcome cannot live in the row's own button.
    redirect(`/events/${event.id}/deliveries?retried=${input.messageId}`);
  },
});

export const confirmResendAction = eventAction({
  schema: confirmResendSchema.pick({ messageId: true, checked: true }),
  invalid: () => refusal("confirm"),
  run: async ({ event, input }): Promise<RetryMessageState> => {
    const result = await confirmUnknownMessage(db(), { eventId: event.id, messageId: input.messageId });
    if (!result.ok) return refusal(result.reason === "not_found" ? "notFound" : "known");
    redirect(`/events/${event.id}/deliveries?retried=${input.messageId}`);
  },
});
