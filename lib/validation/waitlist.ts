// Inputs of the waitlist page's actions (promote, remove, switch on/off) and of the bulk
// cancellation, as their forms post them.
import { z } from "zod";
import { optionalText } from "./fields";
import { REJECTION_REASON_MAX } from "./participant-limits";

const checkbox = z.preprocess((v) => v === "on" || v === "yes", z.boolean());
const reason = optionalText("Reason", REJECTION_REASON_MAX);

export const promoteSchema = z.object({ participantId: z.uuid("Unknown participant"), overCapacity: checkbox });

export const removeFromWaitlistSchema = z.object({ participantId: z.uuid("Unknown participant"), reason, notify: checkbox });

export const waitlistSwitchSchema = z.object({
  enabled: z.enum(["on", "off"]).transform((v) => v === "on"),
  // Made when the page was rendered: the same switch-off sent twice starts one removal.
  requestId: z.uuid("This form has expired: reload the page and try again"),
  removeWaiting: checkbox,
  notify: checkbox,
});
