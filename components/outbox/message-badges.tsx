import { Badge } from "@/components/ui/badge";
import type { AnyMessageKind } from "@/lib/db/schema";

const statusTones = { queued: "warning", sent: "success", failed: "danger" } as const;
const statusLabels = { queued: "Queued", sent: "Sent", failed: "Failed" } as const;

export function MessageStatusBadge({ status }: { status: "queued" | "sent" | "failed" }) {
  return <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>;
}

export const messageKindLabels: Record<AnyMessageKind, string> = {
  registration_received: "Registration received",
  approved: "Approved",
  rejected: "Rejected",
  rsvp_request: "RSVP request",
  ticket_resend: "Ticket resent",
  certificate: "Certificate",
  invitation: "Staff invitation",
  password_reset: "Password reset",
};
