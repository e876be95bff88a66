import { Badge } from "@/components/ui/badge";
import type { MessageKind } from "@/lib/db/schema";

const statusTones = { queued: "warning", sent: "success", failed: "danger" } as const;
const statusLabels = { queued: "Queued", sent: "Sent", failed: "Failed" } as const;

export function MessageStatusBadge({ status }: { status: "queued" | "sent" | "failed" }) {
  return <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>;
}

export const messageKindLabels: Record<MessageKind, string> = {
  registration_received: "Registration received",
  approved: "Approved",
  rejected: "Rejected",
  rsvp_request: "RSVP request",
  ticket_resend: "Ticket resent",
  certificate: "Certificate",
};
