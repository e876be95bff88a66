import { Badge } from "@/components/ui/badge";
import type { AnyMessageKind, DeliveryStatus, MessageStatus } from "@/lib/db/schema";

const statusTones = {
  queued: "warning",
  sending: "warning",
  sent: "success",
  failed: "danger",
  cancelled: "neutral",
  suppressed: "danger",
} as const;
export const messageStatusLabels = {
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  cancelled: "Cancelled",
  suppressed: "Suppressed",
} as const;

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return <Badge tone={statusTones[status]}>{messageStatusLabels[status]}</Badge>;
}

const deliveryTones = { delivered: "success", delayed: "warning", bounced: "danger", complained: "danger" } as const;
export const deliveryStatusLabels = {
  delivered: "Delivered",
  delayed: "Delayed",
  bounced: "Bounced",
  complained: "Spam complaint",
} as const;

/** What the provider reported after accepting the email (Resend webhooks). */
export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <Badge tone={deliveryTones[status]}>{deliveryStatusLabels[status]}</Badge>;
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
  announcement: "Announcement",
};
