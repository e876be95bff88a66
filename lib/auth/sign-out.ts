// Ends the current session (Better Auth deletes the row; nextCookies clears the cookie inside a
// server action). A request without a session is simply signed out already.
import { isAPIError } from "better-auth/api";
import { auth } from "./auth";

export async function signOut(requestHeaders: Headers): Promise<void> {
  try {
    await auth().api.signOut({ headers: requestHeaders });
  } catch (err) {
    if (!isAPIError(err)) throw err;
  }
}
