"use server";
// RSVP actions of the organizer: send the RSVP email to one participant, start a bulk send (a
// selection or all matching a filter), retry a bulk send's failed recipients. eventAction checks
// the session and the event and parses the input; each calls one use-case, which checks the event
// is this organizer's again and scopes every write to it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eventAction, refusalText } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { requestRsvpEmail } from "@/lib/rsvp/request-rsvp-email";
import { retryFailedRsvp } from "@/lib/rsvp/retry-failed-rsvp";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import type { ActionState } from "@/lib/validation/form-state";
import { retryFailedSchema, rsvpBulkFromForm, rsvpBulkSchema, rsvpSingleSchema } from "@/lib/validation/rsvp";

// The RSVP sends' answers in the organizer's dashboard language.
const rsvpText = async () => translator(await userLocale(), "activity");

export const sendRsvpEmailAction = eventAction({
  schema: rsvpSingleSchema,
  noEvent: async (): Promise<ActionState> => ({ error: (await rsvpText())("rsvpActions.noParticipant") }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await requestRsvpEmail(db(), user, event.id, input.participantId, input.requestId);
    const t = await rsvpText();
    if (!result.ok) {
      if (result.reason === "not_approved") return { error: t("rsvpActions.notApproved") };
      if (result.reason === "started") return { error: t("rsvpActions.started") };
      return { error: t("rsvpActions.noParticipant") };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: t("rsvpActions.onItsWay") };
  },
});

export const startRsvpSendAction = eventAction({
  schema: rsvpBulkSchema,
  read: rsvpBulkFromForm,
  run: async ({ user, event, input }): Promise<ActionState> => {
    const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
    const result = await startRsvpSend(db(), user, event.id, selection, input.requestId, { reask: input.reask });
    if (!result.ok) {
      const t = await rsvpText();
      if (result.reason === "not_found") return { error: await refusalText(user, "noEvent") };
      if (result.reason === "started") return { error: t("rsvpActions.started") };
      if (result.answered) return { error: t("rsvpActions.allAnswered", { count: result.answered }) };
      return { error: result.matched ? t("rsvpActions.noneApproved", { count: result.matched }) : t("rsvpActions.nobodyMatches") };
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
