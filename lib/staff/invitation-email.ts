// The words of a staff invitation email. Every value (names typed by the owner) is escaped for the
// HTML part; the plain-text part carries the same content.
import { INVITATION_TTL_DAYS } from "./invitation-token";
import { staffRoleLabels, type StaffRole } from "@/lib/validation/staff";

const escapeHtml = (v: string) =>
  v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

const roleMeaning: Record<StaffRole, string> = {
  organizer: "You will be able to manage the events you are given: participants, emails and check-in.",
  door_staff: "You will be able to check people in at the door of the events you are given, from your phone.",
};

export function invitationEmail(input: { name: string; role: StaffRole; invitedBy: string; link: string; eventTitles: string[] }) {
  const role = staffRoleLabels[input.role].toLowerCase();
  const subject = `${input.invitedBy} invited you to EventDesk as ${role}`.replace(/[\r\n]+/g, " ");
  const events = input.eventTitles.length ? `Events: ${input.eventTitles.join(", ")}` : "";
  const lines = [
    `Dear ${input.name},`,
    `${input.invitedBy} invited you to EventDesk as ${role}. ${roleMeaning[input.role]}`,
    events,
    `Open this link to choose your password and sign in (valid for ${INVITATION_TTL_DAYS} days, once):`,
    input.link,
    "If you did not expect this email, ignore it: no account is created until the link is used.",
  ].filter(Boolean);
  const text = lines.join("\n\n");
  const paragraphs = lines.map((l) =>
    l === input.link
      ? `<p style="margin:0 0 16px 0"><a href="${escapeHtml(l)}" style="color:#1d4ed8">${escapeHtml(l)}</a></p>`
      : `<p style="margin:0 0 16px 0;line-height:1.5">${escapeHtml(l)}</p>`,
  );
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#18181b">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${paragraphs.join("\n")}
</div>
</body></html>`;
  return { subject, html, text };
}
