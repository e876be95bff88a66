// The session check of an organizer route handler: the signed-in organizer or owner, or the 401 to
// send (anonymous and door staff alike), so a handler never writes the try/catch itself.
import { requireOrganizerForApi, UnauthorizedError, type SessionUser } from "@/lib/auth/session";

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function organizerForApi(): Promise<SessionUser | Response> {
  try {
    return await requireOrganizerForApi();
  } catch (err) {
    if (err instanceof UnauthorizedError) return new Response("Sign in required", { status: 401, headers: plain });
    throw err;
  }
}
