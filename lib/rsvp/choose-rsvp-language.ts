// A participant switches their RSVP page's language: the choice is stored on them, so every later
// email and document follows it. The signed token is the credential, checked as for an answer.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { isLocale } from "@/lib/i18n/locales";
import { findRsvpInvitation } from "./find-rsvp-invitation";

export async function chooseRsvpLanguage(db: DbOrTx, token: unknown, language: unknown): Promise<boolean> {
  if (!isLocale(language)) return false;
  const invitation = await findRsvpInvitation(db, token);
  if (!invitation) return false;
  await db.update(participants).set({ language, updatedAt: new Date() }).where(eq(participants.id, invitation.participantId));
  return true;
}
