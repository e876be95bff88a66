// Why a bulk operation left a participant out (skipped) or could not do its part (failed), as the
// worker records it: a code and its parameters, not a sentence, so that each reader sees it in
// their own language (itemReasonText). Text that is not a code — a provider's error message, or a
// row written before reasons were coded — is shown as it was stored (lib/i18n/coded-text.ts).
import { z } from "zod";
import { codedText, readCoded, type Translate } from "@/lib/i18n/coded-text";

const reasonSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("deleted") }),
  z.object({ code: z.literal("notApproved"), status: z.string() }),
  z.object({ code: z.literal("eventStarted") }),
  z.object({ code: z.literal("alreadyEmailed") }),
  z.object({ code: z.literal("alreadyCertified") }),
  z.object({ code: z.literal("leftAsItWas"), status: z.string() }),
  z.object({ code: z.literal("changedMeanwhile") }),
  z.object({ code: z.literal("renderFailed"), detail: z.string() }),
  /** The job gave up after its retries; detail is the last error (often the provider's own words). */
  z.object({ code: z.literal("gaveUp"), step: z.enum(["send", "cancel", "generate"]), detail: z.string() }),
  /** The worker died with this item pending and nothing will pick it up (settle-orphaned-operations). */
  z.object({
    code: z.literal("orphaned"),
    kind: z.enum(["rsvp_email", "certificates_generate", "certificates_email", "announcement_email", "participants_cancel"]),
  }),
]);

export type ItemReason = z.infer<typeof reasonSchema>;

const PREFIX = "reason:";

/** The stored form of a reason (operation_items.error). */
export function itemReason(reason: ItemReason): string {
  // Capped so the stored form stays whole within the column's 1,000 characters (settle-items.ts).
  const capped = "detail" in reason ? { ...reason, detail: reason.detail.slice(0, 500) } : reason;
  return PREFIX + JSON.stringify(capped);
}

/** The reason a stored error holds, or null when it is plain text. */
export function parseItemReason(stored: string): ItemReason | null {
  if (!stored.startsWith(PREFIX)) return null;
  try {
    return readCoded(reasonSchema, JSON.parse(stored.slice(PREFIX.length)));
  } catch {
    return null;
  }
}

/**
 * The reader's wording of a stored error. `t` is the "activity.itemReasons" translator, `status` the
 * participant-status labels ("participants.status").
 */
export function itemReasonText(stored: string | null, t: Translate, status: Translate): string {
  return codedText(reasonSchema, stored ? parseItemReason(stored) : null, stored, (reason) => wordItemReason(reason, t, status));
}

function wordItemReason(reason: ItemReason, t: Translate, status: Translate): string {
  switch (reason.code) {
    case "notApproved":
    case "leftAsItWas":
      return t(reason.code, { status: statusLabel(reason.status, status) });
    case "renderFailed":
      return t(reason.code, { detail: reason.detail });
    case "gaveUp":
      return t(`gaveUp.${reason.step}`, { detail: reason.detail });
    case "orphaned":
      return t(`orphaned.${reason.kind}`);
    default:
      return t(reason.code);
  }
}

const STATUSES = new Set(["pending", "approved", "rejected", "cancelled", "waitlisted", "offered"]);

function statusLabel(value: string, status: Translate): string {
  return STATUSES.has(value) ? status(value) : value;
}
