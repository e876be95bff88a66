// One bulk cancellation: its progress live while it runs (the shared OperationProgress, polled from
// the one progress route), then who was left as they were or could not be emailed, and why.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { userLocale } from "@/lib/i18n/user-locale";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OperationProgress } from "@/components/operations/operation-progress";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getOperationOfKind, listUnsentItems } from "@/lib/db/queries/operations";
import { itemReasonText } from "@/lib/operations/item-reason";
import { operationProgress } from "@/lib/operations/progress";
import type { BulkCancelParams } from "@/lib/participants/start-bulk-cancel";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participants.cancellation");
  return { title: t("title") };
}

type Props = { params: Promise<{ eventId: string; operationId: string }> };

const SHOWN = 200;

export default async function CancellationPage({ params }: Props) {
  const { eventId, operationId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const op = await getOperationOfKind(db(), event.id, operationId, "participants_cancel");
  if (!op) notFound();
  const t = await getTranslations("participants.cancellation");
  const reasons = await getTranslations("activity.itemReasons");
  const statuses = await getTranslations("participants.status");
  const p = op.params as BulkCancelParams;
  const finished = op.state !== "running";
  const left = finished ? await listUnsentItems(db(), op.id, SHOWN) : { rows: [], total: 0 };

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackLink href={`/events/${event.id}/participants`}>{t("back")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-zinc-700">
          {p.scope === "selection" ? t("scopeSelection", { count: p.selected ?? op.total }) : t("scopeFilter")} ·{" "}
          {p.notify ? t("emailed") : t("notEmailed")}
          {p.reason ? <> · {t("reason", { reason: p.reason })}</> : null}
          {op.createdByName && <> · {t("by", { name: op.createdByName })}</>}
        </p>
      </div>

      <OperationProgress initial={operationProgress(op, await userLocale())} eventId={event.id} />

      {finished && (
        <Section id="left-heading" title={t("leftHeading")} className="space-y-4">
          {left.total === 0 ? (
            <EmptyState title={t("allDone")}>{t("allDoneBody")}</EmptyState>
          ) : (
            <Table caption={t("leftHeading")} className="min-w-[40rem]">
              <THead>
                <TR>
                  <TH>{t("columns.participant")}</TH>
                  <TH>{t("columns.outcome")}</TH>
                  <TH>{t("columns.why")}</TH>
                </TR>
              </THead>
              <TBody>
                {left.rows.map((r) => (
                  <TR key={r.participantId}>
                    <TD className="min-w-48 break-words">
                      {r.email ? (
                        <Link
                          href={`/events/${event.id}/participants/${r.participantId}`}
                          className="font-medium text-brand-600 hover:underline"
                        >
                          {r.firstName} {r.lastName}
                        </Link>
                      ) : (
                        <span className="text-zinc-500">{t("deleted")}</span>
                      )}
                    </TD>
                    <TD>
                      <Badge tone={r.status === "failed" ? "danger" : "neutral"}>
                        {r.status === "failed" ? t("outcome.failed") : t("outcome.skipped")}
                      </Badge>
                    </TD>
                    <TD className="break-words">{itemReasonText(r.error, reasons, statuses)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Section>
      )}
    </div>
  );
}
