// The stored HTML part of one email, for the sandboxed iframe on the message page. It checks the
// session itself (401 when anonymous) and scopes the message by the organizer's access (404).
// The CSP lets the email's inline styles and data: images through and nothing else: no scripts,
// no remote images (tracking pixels), no forms.
import { organizerForApi } from "@/lib/auth/organizer-for-api";
import { db } from "@/lib/db/client";
import { getMessageForUser } from "@/lib/db/queries/messages";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ messageId: string }> };

const noStore = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function GET(_request: Request, { params }: Context) {
  const user = await organizerForApi();
  if (user instanceof Response) return user;
  const message = await getMessageForUser(db(), user, (await params).messageId);
  if (!message || message.html === null) return new Response("Not found", { status: 404, headers: noStore });
  return new Response(message.html, {
    headers: {
      ...noStore,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      "Referrer-Policy": "no-referrer",
    },
  });
}
