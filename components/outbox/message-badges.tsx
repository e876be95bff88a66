import { Badge } from "@/components/ui/badge";
import type { AnyMessageKind, MessageStatus } from "@/lib/db/schema";

const statusTones = { queued: "warning", sending: "warning", sent: "success", failed: "danger", cancelled: "neutral" } as const;
const statusLabels = { queued: "Queued", sending: "Sending", sent: "Sent", failed: "Failed", cancelled: "Cancelled" } as const;

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>;
}

export const messageKindLabels: Record<AnyMessageKind, string> = {
  registration_received: "Registration received",
  approved: "Approved",
  rejected: "Rejected",
  rsvp_request: "RSVP request",
  ticket_resend: "Ticket resent",
  certificate: "Certificate",
  cancelled: "Cancellation",
  waitlist_joined: "Waitlist joined",
  waitlist_offer: "Waitlist seat offer",
  invitation: "Staff invitation",
  password_reset: "Password reset",
};
