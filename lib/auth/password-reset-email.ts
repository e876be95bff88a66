// "Forgot password?": Better Auth makes the token, we word the email and put it through the app's
// email layer (a message row + email.send in one transaction), so it shows in the outbox like any
// other email and is sent exactly once. The link opens our own page, which asks for the new password.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { accountEmail } from "@/lib/email/account-email";
import { createMessage } from "@/lib/email/create-message";
import { env } from "@/lib/env";
import { sendJob } from "@/lib/queue/boss";

export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

export function passwordResetLink(token: string): string {
  return new URL(`/reset-password?token=${encodeURIComponent(token)}`, env().APP_URL).toString();
}

export function passwordResetEmail(input: { name: string; link: string }) {
  const subject = "Choose a new password for EventDesk";
  const lines = [
    `Dear ${input.name},`,
    "Someone (we hope you) asked to choose a new password for your EventDesk account. Open this link within an hour to do so:",
    input.link,
    "If you did not ask for this, ignore this email: your password stays as it is.",
  ];
  return accountEmail(subject, lines, input.link);
}

/** Better Auth's sendResetPassword hook. */
export async function sendPasswordResetEmail({
  user,
  token,
}: {
  user: { id: string; name: string; email: string };
  token: string;
}): Promise<void> {
  const email = passwordResetEmail({ name: user.name, link: passwordResetLink(token) });
  const key = `password_reset:${createHash("sha256").update(token).digest("hex").slice(0, 32)}`;
  await db().transaction(async (tx) => {
    const message = await createMessage(tx, { key, kind: "password_reset", eventId: null, participantId: null, to: user.email, ...email });
    if (message.created) await sendJob(tx, "email.send", { messageId: message.id });
  });
}
