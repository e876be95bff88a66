// Outbox: every email the system recorded, newest first, 50 per page. With the outbox transport
// this is where "sent" email can be read; with Resend it is the delivery log.
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MessageStatusBadge, messageKindLabels } from "@/components/outbox/message-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { LocalTime } from "@/components/ui/local-time";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countFailedMessagesForUser } from "@/lib/db/queries/deliveries";
import { listMessagesForUser } from "@/lib/db/queries/messages";
import { OUTBOX_SEARCH_MAX, outboxHref, parseOutboxList } from "@/lib/validation/outbox";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = {
  searchLabel: "Search",
  searchPlaceholder: "Recipient or subject",
  searchButton: "Search",
  clear: "Clear",
  noMatchTitle: "No emails match",
  noMatch: (q: string) => `No email to or about “${q}”. Accents and capitals do not matter; try fewer letters.`,
};

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireOrganizer();
  const { q, page } = parseOutboxList(await searchParams);
  const [result, failed] = await Promise.all([listMessagesForUser(db(), user, { page, q }), countFailedMessagesForUser(db(), user)]);
  if (result.total > 0 && page > result.pageCount) redirect(outboxHref({ q, page: result.pageCount }));
  const href = (p: number) => outboxHref({ q, page: p });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Outbox</h1>
        <p className="mt-1 text-sm text-zinc-600">
          Every email sent to participants, newest first{user.role === "owner" ? "" : ", for the events you manage"}.
        </p>
      </div>
      {(q || result.total > 0) && (
        <Form action="/outbox" role="search" aria-label="Search the outbox" className="flex flex-wrap items-end gap-2" key={q ?? ""}>
          <div className="min-w-0 flex-1 space-y-1.5 sm:max-w-md">
            <label htmlFor="outbox-q" className="block text-sm font-medium text-zinc-800">
              {text.searchLabel}
            </label>
            <Input
              id="outbox-q"
              name="q"
              type="search"
              defaultValue={q ?? ""}
              maxLength={OUTBOX_SEARCH_MAX}
              placeholder={text.searchPlaceholder}
            />
          </div>
          <Button type="submit">{text.searchButton}</Button>
          {q && (
            <Link href="/outbox" className="px-2 py-2 text-sm text-brand-600 hover:underline">
              {text.clear}
            </Link>
          )}
        </Form>
      )}
      {result.total === 0 && q ? (
        <EmptyState title={text.noMatchTitle}>{text.noMatch(q)}</EmptyState>
      ) : result.total === 0 ? (
        <EmptyState title="No emails yet">
          Emails appear here as soon as something sends one: a registration confirmation, an approval with its ticket, an RSVP request.
        </EmptyState>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600">
            <p>
              {result.total} {result.total === 1 ? "email" : "emails"}
            </p>
            {failed > 0 && (
              <>
                <Badge tone="danger">{failed} failed</Badge>
                <p>Each event&apos;s Deliveries page shows why, with a Retry.</p>
              </>
            )}
          </div>
          <Table caption="Emails, newest first" className="min-w-[56rem]">
            <TableHeader columns={["To", "Subject", "Kind", "Status", "Event", "Created", "Sent"]} />
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
                    <MessageStatusBadge status={m.status} />
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
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={href}
            label="Outbox pages"
            previousText="← Newer"
            nextText="Older →"
          />
        </>
      )}
    </div>
  );
}
