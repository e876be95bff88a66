// Correcting an address marked undeliverable, or clearing the mark (participant page).
import { z } from "zod";
import { email } from "./fields";

export const correctEmailSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("correct"), participantId: z.uuid(), email }),
  z.object({ intent: z.literal("clear"), participantId: z.uuid() }),
]);
