// Check-in request bodies. Limits are generous for real input and tight for abuse: a ticket code is
// 26 characters (a few more with spaces or dashes), a client-made id is a UUID.
import { z } from "zod";

const clientScanId = z
  .string({ error: "clientScanId is required" })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "clientScanId must be 8–64 letters, digits or dashes");

export const scanRequestSchema = z.object({
  // Longer text is still answered ("invalid"), but there is no reason to accept more than this.
  code: z.string({ error: "code is required" }).max(512, "code is too long"),
  clientScanId,
});

export const manualCheckInSchema = z.object({ participantId: z.uuid("participantId must be a participant id"), clientScanId });

export const undoCheckInSchema = z.object({ participantId: z.uuid("participantId must be a participant id") });

export const SEARCH_QUERY_MAX = 100;
export const searchQuerySchema = z.string().trim().max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters`);
