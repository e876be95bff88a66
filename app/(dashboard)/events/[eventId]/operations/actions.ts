"use server";
// RSVP actions of the organizer: send the RSVP email to one participant, start a bulk send (a
// selection or all matching a filter), retry a bulk send's failed recipients. eventAction checks
// the session and the event and parses the input; each calls one use-case, which checks the event
// is this organizer's again and scopes every write to it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eventAction, NO_EVENT } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { requestRsvpEmail } from "@/lib/rsvp/request-rsvp-email";
import { retryFailedRsvp } from "@/lib/rsvp/retry-failed-rsvp";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import type { ActionState } from "@/lib/validation/form-state";
import { retryFailedSchema, rsvpBulkFromForm, rsvpBulkSchema, rsvpSingleSchema } from "@/lib/validation/rsvp";

const STARTED = "The event has started: RSVP answers can no longer be given, so no RSVP email is sent.";
const NO_PARTICIPANT = "This participant does not exist or you cannot manage them.";

export const sendRsvpEmailAction = eventAction({
  schema: rsvpSingleSchema,
  noEvent: (): ActionState => ({ error: NO_PARTICIPANT }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await requestRsvpEmail(db(), user, event.id, input.participantId, input.requestId);
    if (!result.ok) {
      if (result.reason === "not_approved") return { error: "Only an approved participant is asked whether they will attend." };
      if (result.reason === "started") return { error: STARTED };
      return { error: NO_PARTICIPANT };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: "The RSVP email is on its way: it will be sent in a moment." };
  },
});

export const startRsvpSendAction = eventAction({
  schema: rsvpBulkSchema,
  read: rsvpBulkFromForm,
  run: async ({ user, event, input }): Promise<ActionState> => {
    const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
    const result = await startRsvpSend(db(), user, event.id, selection, input.requestId, { reask: input.reask });
    if (!result.ok) {
      if (result.reason === "not_found") return { error: NO_EVENT };
      if (result.reason === "started") return { error: STARTED };
      if (result.answered)
        return {
          error: `All ${result.answered} approved ${result.answered === 1 ? "participant has" : "participants have"} already answered, so nobody was asked. Tick “Ask those who already answered too” to ask them again.`,
        };
      return {
        error: result.matched
          ? `None of the ${result.matched} chosen ${result.matched === 1 ? "participant is" : "participants are"} approved: only approved participants are asked. Nothing was sent.`
          : "Nobody matches: no RSVP email was sent. Change the filters or the selection and try again.",
      };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    redirect(`/events/${event.id}/operations/${result.operationId}`);
  },
});

// "Retry failed" answers in the organizer's dashboard language.
const retryText = async () => translator(await userLocale(), "activity");

export const retryFailedRsvpAction = eventAction({
  schema: retryFailedSchema,
  noEvent: async (): Promise<ActionState> => ({ error: (await retryText())("retryFailed.notFound") }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await retryFailedRsvp(db(), user, event.id, input.operationId);
    const t = await retryText();
    if (!result.ok) {
      const reasons = { not_found: "notFound", running: "running", nothing: "nothing", started: "started" } as const;
      return { error: t(`retryFailed.${reasons[result.reason]}`) };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: t("retryFailed.retrying", { count: result.retried }) };
  },
});
