// "Forgot password?": Better Auth makes the token, we word the email and put it through the app's
// email layer (a message row + email.send in one transaction), so it shows in the outbox like any
// other email and is sent exactly once. The link opens our own page, which asks for the new password.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { createMessage } from "@/lib/email/create-message";
import { env } from "@/lib/env";
import { sendJob } from "@/lib/queue/boss";

export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

const escapeHtml = (v: string) =>
  v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

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
  const text = lines.join("\n\n");
  const paragraphs = lines.map((l) =>
    l === input.link
      ? `<p style="margin:0 0 16px 0"><a href="${escapeHtml(l)}" style="color:#1d4ed8">${escapeHtml(l)}</a></p>`
      : `<p style="margin:0 0 16px 0;line-height:1.5">${escapeHtml(l)}</p>`,
  );
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#18181b">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${paragraphs.join("\n")}
</div>
</body></html>`;
  return { subject, html, text };
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
