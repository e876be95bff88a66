// Solved ALTCHA challenges already spent on a registration: a solution is good for one post only.
// A row is needed only until its challenge expires (after that the signature check refuses it
// anyway), so rows past expires_at are deleted as new ones come in.
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const usedChallenges = pgTable(
  "used_challenges",
  {
    // The challenge's HMAC signature: unique per challenge, and only we can make one.
    signature: text("signature").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("used_challenges_expires_idx").on(t.expiresAt)],
);
