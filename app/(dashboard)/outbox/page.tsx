// Outbox: every email the system recorded, newest first, 50 per page, filtered by event, kind,
// status, delivery report and recipient, with a search over recipient and subject. Keyset paging
// (lib/db/queries/messages.ts) keeps every page as fast as the first. With the outbox transport this
// is where "sent" email can be read; with Resend it is the delivery log. Times: DASHBOARD_TIME_ZONE.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { DeliveryStatusBadge, MessageStatusBadge, messageKindText } from "@/components/outbox/message-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/input";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countFailedMessagesForUser } from "@/lib/db/queries/deliveries";
import { listMessagesForUser, listOutboxEvents } from "@/lib/db/queries/messages";
import { allMessageKinds, deliveryStatuses, messageStatuses } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { numberText } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { OUTBOX_SEARCH_MAX, outboxHref, parseOutboxParams } from "@/lib/validation/outbox";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ops.outbox"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireOrganizer();
  const params = parseOutboxParams(await searchParams);
  const { before, after, ...filter } = params;
  const filtered = Object.values(filter).some(Boolean);
  const [result, failed, events] = await Promise.all([
    listMessagesForUser(db(), user, { filter, before, after }),
    countFailedMessagesForUser(db(), user),
    listOutboxEvents(db(), user),
  ]);
  const zone = env().DASHBOARD_TIME_ZONE;
  const t = await getTranslations("ops.outbox");
  const tm = await getTranslations("ops.messages");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  const count = result.totalCapped
    ? t(filtered ? "countCappedMatch" : "countCapped", { count: numberText(locale, result.total) })
    : t(filtered ? "countMatch" : "count", { count: result.total });
  const select = (name: string, label: string, any: string, value: string | undefined, options: [string, string][]) => (
    <div className="space-y-1.5">
      <label htmlFor={`outbox-${name}`} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <Select id={`outbox-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </div>
  );

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600">{t(user.role === "owner" ? "introAll" : "introMine", { zone })}</p>
      </div>
      <Form
        key={JSON.stringify(filter)}
        action="/outbox"
        role="search"
        aria-label={t("filters")}
        className="grid grid-cols-2 gap-3 lg:grid-cols-[minmax(0,1fr)_12rem_10rem_9rem_9rem_minmax(0,1fr)_auto] lg:items-end"
      >
        <div className="col-span-2 space-y-1.5 lg:col-span-1">
          <label htmlFor="outbox-q" className="block text-sm font-medium text-zinc-800">
            {t("search")}
          </label>
          <Input
            id="outbox-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            maxLength={OUTBOX_SEARCH_MAX}
            placeholder={t("searchHint")}
          />
        </div>
        {select(
          "event",
          t("event"),
          t("allEvents"),
          filter.event,
          events.map((e) => [e.id, e.title]),
        )}
        {select(
          "kind",
          t("kind"),
          t("allKinds"),
          filter.kind,
          allMessageKinds.map((k) => [k, tm(`kind.${k}`)]),
        )}
        {select(
          "status",
          t("status"),
          t("anyStatus"),
          filter.status,
          messageStatuses.map((s) => [s, tm(`status.${s}`)]),
        )}
        {select(
          "delivery",
          t("delivery"),
          t("anyReport"),
          filter.delivery,
          deliveryStatuses.map((d) => [d, tm(`delivery.${d}`)]),
        )}
        <div className="col-span-2 space-y-1.5 lg:col-span-1">
          <label htmlFor="outbox-to" className="block text-sm font-medium text-zinc-800">
            {t("recipient")}
          </label>
          <Input
            id="outbox-to"
            name="to"
            type="email"
            defaultValue={filter.to ?? ""}
            maxLength={254}
            placeholder={t("recipientPlaceholder")}
          />
        </div>
        <div className="col-span-2 flex gap-2 lg:col-span-1">
          <Button type="submit">{t("apply")}</Button>
          {filtered && (
            <Button asChild variant="ghost">
              <Link href="/outbox">{t("clear")}</Link>
            </Button>
          )}
        </div>
      </Form>
      {result.rows.length === 0 ? (
        filtered ? (
          <EmptyState title={t("noMatch")}>{t("noMatchHint")}</EmptyState>
        ) : (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        )
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600">
            <p>{count}</p>
            {failed > 0 && (
              <>
                <Badge tone="danger">{t("failed", { count: failed })}</Badge>
                <p>{t("failedHint")}</p>
              </>
            )}
          </div>
          <Table caption={t("caption")} className="min-w-[56rem]">
            <TableHeader
              columns={[t("to"), t("subject"), t("kind"), t("status"), t("event"), t("created", { zone }), t("sent", { zone })]}
            />
            <TBody>
              {result.rows.map((m) => (
                <TR key={m.id}>
                  <TD className="whitespace-nowrap">{m.toAddress}</TD>
                  <TD className="min-w-48">
                    <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                      {m.subject || t("noSubject")}
                    </Link>
                  </TD>
                  <TD className="whitespace-nowrap">{messageKindText(locale, m.kind)}</TD>
                  <TD>
                    <div className="flex flex-wrap gap-1">
                      <MessageStatusBadge status={m.status} />
                      {m.deliveryStatus && <DeliveryStatusBadge status={m.deliveryStatus} />}
                    </div>
                    {m.status === "failed" && m.eventId && (
                      <Link href={`/events/${m.eventId}/deliveries`} className="mt-1 block text-xs text-brand-600 hover:underline">
                        {t("details")}
                      </Link>
                    )}
                  </TD>
                  <TD className="min-w-32 break-words">
                    {m.eventId ? (
                      <Link href={`/events/${m.eventId}`} className="hover:underline">
                        {m.eventTitle}
                      </Link>
                    ) : (
                      <span className="text-zinc-400">—</span>
                    )}
                  </TD>
                  <TD>
                    <LocalTime value={m.createdAt} />
                  </TD>
                  <TD>{m.sentAt ? <LocalTime value={m.sentAt} /> : <span className="text-zinc-400">—</span>}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <div className="flex gap-3">
              {(before || after) && (
                <Link href={outboxHref(filter)} className="font-medium text-brand-600 hover:underline">
                  {t("newest")}
                </Link>
              )}
              {result.newer && (
                <Link href={outboxHref(filter, { after: result.newer })} className="font-medium text-brand-600 hover:underline" rel="prev">
                  {t("newer")}
                </Link>
              )}
            </div>
            {result.older && (
              <Link href={outboxHref(filter, { before: result.older })} className="font-medium text-brand-600 hover:underline" rel="next">
                {t("older")}
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
