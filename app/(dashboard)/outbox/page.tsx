// Outbox: every email the system recorded, newest first, 50 per page, filtered by event, kind,
// status, delivery report and recipient, with a search over recipient and subject. Keyset paging
// (lib/db/queries/messages.ts) keeps every page as fast as the first. With the outbox transport this
// is where "sent" email can be read; with Resend it is the delivery log. Times: DASHBOARD_TIME_ZONE.
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import {
  DeliveryStatusBadge,
  deliveryStatusLabels,
  MessageStatusBadge,
  messageKindLabels,
  messageStatusLabels,
} from "@/components/outbox/message-badges";
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
import { OUTBOX_SEARCH_MAX, outboxHref, parseOutboxParams } from "@/lib/validation/outbox";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = {
  title: "Outbox",
  search: "Search",
  searchHint: "Recipient or subject",
  recipient: "Recipient",
  apply: "Filter",
  clear: "Clear filters",
  newer: "← Newer",
  older: "Older →",
  newest: "Newest",
  noMatch: "No email matches these filters.",
  noMatchHint: "Accents and capitals do not matter in the search; try fewer letters, or clear the filters.",
};

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
        <h1 className="text-2xl font-bold tracking-tight">{text.title}</h1>
        <p className="mt-1 text-sm text-zinc-600">
          Every email sent to participants, newest first{user.role === "owner" ? "" : ", for the events you manage"}. Times are in {zone}.
        </p>
      </div>
      <Form
        key={JSON.stringify(filter)}
        action="/outbox"
        role="search"
        aria-label="Outbox filters"
        className="grid grid-cols-2 gap-3 lg:grid-cols-[minmax(0,1fr)_12rem_10rem_9rem_9rem_minmax(0,1fr)_auto] lg:items-end"
      >
        <div className="col-span-2 space-y-1.5 lg:col-span-1">
          <label htmlFor="outbox-q" className="block text-sm font-medium text-zinc-800">
            {text.search}
          </label>
          <Input
            id="outbox-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            maxLength={OUTBOX_SEARCH_MAX}
            placeholder={text.searchHint}
          />
        </div>
        {select(
          "event",
          "Event",
          "All events",
          filter.event,
          events.map((e) => [e.id, e.title]),
        )}
        {select(
          "kind",
          "Kind",
          "All kinds",
          filter.kind,
          allMessageKinds.map((k) => [k, messageKindLabels[k]]),
        )}
        {select(
          "status",
          "Status",
          "Any status",
          filter.status,
          messageStatuses.map((s) => [s, messageStatusLabels[s]]),
        )}
        {select(
          "delivery",
          "Delivery",
          "Any report",
          filter.delivery,
          deliveryStatuses.map((d) => [d, deliveryStatusLabels[d]]),
        )}
        <div className="col-span-2 space-y-1.5 lg:col-span-1">
          <label htmlFor="outbox-to" className="block text-sm font-medium text-zinc-800">
            {text.recipient}
          </label>
          <Input id="outbox-to" name="to" type="email" defaultValue={filter.to ?? ""} maxLength={254} placeholder="name@example.com" />
        </div>
        <div className="col-span-2 flex gap-2 lg:col-span-1">
          <Button type="submit">{text.apply}</Button>
          {filtered && (
            <Button asChild variant="ghost">
              <Link href="/outbox">{text.clear}</Link>
            </Button>
          )}
        </div>
      </Form>
      {result.rows.length === 0 ? (
        filtered ? (
          <EmptyState title={text.noMatch}>{text.noMatchHint}</EmptyState>
        ) : (
          <EmptyState title="No emails yet">
            Emails appear here as soon as something sends one: a registration confirmation, an approval with its ticket, an RSVP request.
          </EmptyState>
        )
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600">
            <p>
              {result.totalCapped ? `More than ${result.total.toLocaleString("en-GB")}` : result.total.toLocaleString("en-GB")}{" "}
              {result.total === 1 && !result.totalCapped ? "email" : "emails"}
              {filtered ? " match" : ""}
            </p>
            {failed > 0 && (
              <>
                <Badge tone="danger">{failed} failed</Badge>
                <p>Each event&apos;s Deliveries page shows why, with a Retry.</p>
              </>
            )}
          </div>
          <Table caption="Emails, newest first" className="min-w-[56rem]">
            <TableHeader columns={["To", "Subject", "Kind", "Status", "Event", `Created (${zone})`, `Sent (${zone})`]} />
            <TBody>
              {result.rows.map((m) => (
                <TR key={m.id}>
                  <TD className="whitespace-nowrap">{m.toAddress}</TD>
                  <TD className="min-w-48">
                    <Link href={`/outbox/${m.id}`} className="font-medium break-words text-brand-600 hover:underline">
                      {m.subject || "(no subject)"}
                    </Link>
                  </TD>
                  <TD className="whitespace-nowrap">{messageKindLabels[m.kind]}</TD>
                  <TD>
                    <div className="flex flex-wrap gap-1">
                      <MessageStatusBadge status={m.status} />
                      {m.deliveryStatus && <DeliveryStatusBadge status={m.deliveryStatus} />}
                    </div>
                    {m.status === "failed" && m.eventId && (
                      <Link href={`/events/${m.eventId}/deliveries`} className="mt-1 block text-xs text-brand-600 hover:underline">
                        Details and retry
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
          <nav aria-label="Outbox pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <div className="flex gap-3">
              {(before || after) && (
                <Link href={outboxHref(filter)} className="font-medium text-brand-600 hover:underline">
                  {text.newest}
                </Link>
              )}
              {result.newer && (
                <Link href={outboxHref(filter, { after: result.newer })} className="font-medium text-brand-600 hover:underline" rel="prev">
                  {text.newer}
                </Link>
              )}
            </div>
            {result.older && (
              <Link href={outboxHref(filter, { before: result.older })} className="font-medium text-brand-600 hover:underline" rel="next">
                {text.older}
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
