"use server";
// "Retry" on an undelivered message: session → ids → the event must be one this organizer may see
// → retryMessage (which scopes the message to that event again) → back to the page, which reports
// the message's state.
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { retryMessage } from "@/lib/email/retry-message";
import { confirmUnknownMessage } from "@/lib/email/confirm-unknown-message";
import { confirmResendSchema, retryMessageSchema, type RetryMessageState } from "@/lib/validation/deliveries";

export async function retryMessageAction(_prev: RetryMessageState, form: FormData): Promise<RetryMessageState> {
  const user = await requireOrganizer();
  const parsed = retryMessageSchema.safeParse({ eventId: form.get("eventId"), messageId: form.get("messageId") });
  if (!parsed.success) return { error: "This email could not be found." };
  const event = await getEventForUser(db(), user, parsed.data.eventId);
  if (!event) return { error: "This event does not exist or you cannot manage it." };
  const result = await retryMessage(db(), parsed.data);
  if (!result.ok) {
    const errors = { already_sent: "This email has been sent already.", cancelled: "This email was cancelled: its recipient was anonymised.", not_found: "This email could not be found." };
    return { error: errors[result.reason] };
  }
  // The page says what became of it: with a fast worker the row may be gone (sent) by the time it
  // renders, so the outcome cannot live in the row's own button.
  redirect(`/events/${event.id}/deliveries?retried=${parsed.data.messageId}`);
}

// "Send again" on an email whose outcome is unknown (no answer within Resend's 24 h): only after the
// organizer confirms they checked that it did not arrive.
export async function confirmResendAction(_prev: RetryMessageState, form: FormData): Promise<RetryMessageState> {
  const user = await requireOrganizer();
  const parsed = confirmResendSchema.safeParse({ eventId: form.get("eventId"), messageId: form.get("messageId"), checked: form.get("checked") });
  if (!parsed.success) return { error: "Confirm that you checked the recipient did not get this email." };
  const event = await getEventForUser(db(), user, parsed.data.eventId);
  if (!event) return { error: "This event does not exist or you cannot manage it." };
  const result = await confirmUnknownMessage(db(), parsed.data);
  if (!result.ok) return { error: result.reason === "not_found" ? "This email could not be found." : "This email's outcome is known now: reload the page." };
  redirect(`/events/${event.id}/deliveries?retried=${parsed.data.messageId}`);
}
