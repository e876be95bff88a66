// The words of a staff invitation email. Every value (names typed by the owner) is escaped for the
// HTML part; the plain-text part carries the same content.
import { accountEmail } from "@/lib/email/account-email";
import { INVITATION_TTL_DAYS } from "./invitation-token";
import { staffRoleLabels, type StaffRole } from "@/lib/validation/staff";

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
  return accountEmail(subject, lines, input.link);
}
