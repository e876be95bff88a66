// Small status labels shared by the event pages. Text, not only colour, carries the meaning.
import { Badge } from "@/components/ui/badge";
import type { ParticipantStatus } from "@/lib/db/schema";

export function RegistrationBadge({ open }: { open: boolean }) {
  return <Badge tone={open ? "success" : "neutral"}>{open ? "Registration open" : "Registration closed"}</Badge>;
}

export function ApprovalBadge({ mode }: { mode: "automatic" | "manual" }) {
  return <Badge tone="info">{mode === "automatic" ? "Automatic approval" : "Manual approval"}</Badge>;
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

export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  return <Badge tone={statusTones[status]}>{participantStatusLabels[status]}</Badge>;
}
