// Small status labels shared by the event pages. Text, not only colour, carries the meaning.
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ParticipantStatus } from "@/lib/db/schema";
import { type RegistrationStateInput, registrationState } from "@/lib/events/registration-state";

const registrationTones = {
  open: "success",
  waitlist: "info",
  full: "warning",
  closed: "neutral",
  past: "neutral",
  cancelled: "danger",
} as const;

/** Open / Waitlist (full, waitlist on) / Full / Closed / Past (/ Cancelled): the same answer the public page gives. */
export function RegistrationBadge({ event }: { event: RegistrationStateInput }) {
  const t = useTranslations("events.badges");
  const state = registrationState(event);
  return (
    <Badge tone={registrationTones[state]} data-registration-state={state}>
      {t(state)}
    </Badge>
  );
}

export function ApprovalBadge({ mode }: { mode: "automatic" | "manual" }) {
  const t = useTranslations("events.badges");
  return <Badge tone="info">{t(mode === "automatic" ? "automaticApproval" : "manualApproval")}</Badge>;
}

const statusTones = {
  pending: "warning",
  approved: "success",
  rejected: "danger",
  cancelled: "neutral",
  waitlisted: "info",
  offered: "info",
} as const;
export const participantStatusLabels: Record<ParticipantStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  cancelled: "Cancelled",
  waitlisted: "Waitlisted",
  offered: "Waitlisted, seat offered",
};

/** The status in the reader's language (participants.status in the catalogue). */
export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  const t = useTranslations("participants.status");
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}
