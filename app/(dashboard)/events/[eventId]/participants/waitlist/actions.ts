"use server";
// The waitlist page's actions: promote one person, remove one person (optional reason and email),
// switch the waitlist off (optionally removing everyone waiting) or on. eventAction checks the session
// and the event and parses the input; each use-case checks the event is this organizer's again and
// moves participants only through the one status transition (lib/waitlist/manage-waitlist.ts).
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { eventAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { getParticipant } from "@/lib/db/queries/participants";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import type { ActionState } from "@/lib/validation/form-state";
import { promoteSchema, removeFromWaitlistSchema, waitlistSwitchSchema } from "@/lib/validation/waitlist";
import { promoteFromWaitlist, removeFromWaitlist, setWaitlistEnabled } from "@/lib/waitlist/manage-waitlist";

export type WaitlistActionState = ActionState & { operationHref?: string };

async function nameOf(eventId: string, participantId: string): Promise<string | null> {
  const p = await getParticipant(db(), eventId, participantId);
  return p ? `${p.firstName} ${p.lastName}`.trim() : null;
}

export const promoteAction = eventAction({
  schema: promoteSchema,
  run: async ({ user, event, input }): Promise<WaitlistActionState> => {
    const t = await getTranslations("participants.waitlist.done");
    const name = await nameOf(event.id, input.participantId);
    if (!name) return { error: t("unknown") };
    const result = await promoteFromWaitlist(db(), user, event.id, input.participantId, { overCapacity: input.overCapacity });
    if (!result.ok) return { error: result.reason === "full" ? t("full") : t("unknown") };
    revalidatePath(`/events/${event.id}`, "layout");
    return result.changed ? { ok: true, message: t("promoted", { name }) } : { error: t("notWaiting", { name }) };
  },
});

export const removeAction = eventAction({
  schema: removeFromWaitlistSchema,
  run: async ({ user, event, input }): Promise<WaitlistActionState> => {
    const t = await getTranslations("participants.waitlist.done");
    const name = await nameOf(event.id, input.participantId);
    if (!name) return { error: t("unknown") };
    const result = await removeFromWaitlist(db(), user, event.id, input.participantId, {
      reason: input.reason ?? null,
      notify: input.notify,
    });
    if (!result.ok) return { error: t("unknown") };
    revalidatePath(`/events/${event.id}`, "layout");
    return result.changed ? { ok: true, message: t("removed", { name }) } : { error: t("notWaiting", { name }) };
  },
});

export const switchWaitlistAction = eventAction({
  schema: waitlistSwitchSchema,
  run: async ({ user, event, input }): Promise<WaitlistActionState> => {
    const t = await getTranslations("participants.waitlist.done");
    const result = await setWaitlistEnabled(db(), user, event.id, {
      enabled: input.enabled,
      removeWaiting: input.removeWaiting ? { requestId: input.requestId, reason: null, notify: input.notify } : undefined,
    });
    if (!result.ok) return { error: t("unknown") };
    // The public form says "Join the waitlist" or "Full": its cached page follows the switch.
    expirePublicEventPages(event.slug);
    revalidatePath(`/events/${event.id}`, "layout");
    if (result.enabled) return { ok: true, message: t("switchedOn") };
    if (result.removal)
      return {
        ok: true,
        message: t("switchedOffRemoving", { count: result.removal.total }),
        operationHref: `/events/${event.id}/participants/cancellations/${result.removal.operationId}`,
      };
    return { ok: true, message: t("switchedOff") };
  },
});
