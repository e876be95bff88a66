// Inputs of the manage page's own actions (cancel, claim an offered seat). The token is checked for
// shape and signature by the use-case; here only bounded. Cancelling needs the confirmation box.
import { z } from "zod";

const token = z.string({ error: "This link is not valid." }).min(1, "This link is not valid.").max(200, "This link is not valid.");

export const cancelRegistrationSchema = z.object({
  token,
  confirm: z.literal("yes", { error: "Tick the box to confirm that you want to cancel." }),
});

export const claimOfferSchema = z.object({ token });

export type ManageFormState = { error?: string };
