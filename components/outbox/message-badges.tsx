// An email's status, the provider's delivery report and its kind, in the page's language
// (ops.messages in the catalogues). The *Labels maps are the English words, kept for callers that
// have not moved to the components and messageKindText yet.
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { AnyMessageKind, DeliveryStatus, MessageStatus } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import enOps from "../../messages/en/ops.json" with { type: "json" };

const statusTones = {
  queued: "warning",
  sending: "warning",
  sent: "success",
  failed: "danger",
  cancelled: "neutral",
  suppressed: "danger",
} as const;
export const messageStatusLabels: Record<MessageStatus, string> = enOps.messages.status;

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  const t = useTranslations("ops.messages.status");
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}

const deliveryTones = { delivered: "success", delayed: "warning", bounced: "danger", complained: "danger" } as const;
export const deliveryStatusLabels: Record<DeliveryStatus, string> = enOps.messages.delivery;

/** What the provider reported after accepting the email (Resend webhooks). */
export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const t = useTranslations("ops.messages.delivery");
  return <Badge tone={deliveryTones[status]}>{t(status)}</Badge>;
}

export const messageKindLabels: Record<AnyMessageKind, string> = enOps.messages.kind;

/** What kind of email it is ("Registration received"), in the given language. */
export function messageKindText(locale: Locale, kind: AnyMessageKind): string {
  return translator(locale, "ops")(`messages.kind.${kind}`);
}
