// For the Jobs page's server actions: the signed-in owner, or null, so that the action answers with
// an error message rather than redirecting (the page itself uses requireOwner).
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

export async function ownerOrNull(): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user?.role === "owner" ? user : null;
}
