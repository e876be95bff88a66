// An event's participants: search, filters, sorting and paging in the URL, 50 per page, all done by
// PostgreSQL (indexed; see lib/db/queries/participants.ts) so it stays fast at tens of thousands.
// Approve / reject one, a selection or all matching; each change is confirmed and reported. The RSVP
// column shows each answer and when it was given; RSVP emails go to a selection or all matching.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ParticipantFilters } from "@/components/participants/participant-filters";
import { ParticipantsTable, type SortColumn, type TableRow } from "@/components/participants/participants-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { eventHasParticipants, listParticipants } from "@/lib/db/queries/participants";
import { env } from "@/lib/env";
import { dateTimeWithZone, numberText } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { defaultDir, parseParticipantList, participantListHref, type ParticipantSort } from "@/lib/validation/participant-list";
import { startRsvpSendAction } from "../operations/actions";
import { changeStatusAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.list"))("title") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("participants.list");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  const list = parseParticipantList(await searchParams);
  const result = await listParticipants(db(), event.id, list);
  if (result.total > 0 && list.page > result.pageCount) redirect(participantListHref(event.id, { ...list, page: result.pageCount }));

  const filtered = Boolean(list.q || list.status || list.source || list.rsvp || list.answer || list.email);
  const hasAny = result.total > 0 || (filtered && (await eventHasParticipants(db(), event.id)));
  const publicUrl = new URL(`/e/${event.slug}`, env().APP_URL).toString();
  const registered = { format: (d: Date) => dateTimeWithZone(locale, d, env().DASHBOARD_TIME_ZONE) };

  const column = (key: ParticipantSort): SortColumn => {
    const current = list.sort === key;
    const dir = current ? (list.dir === "asc" ? "desc" : "asc") : defaultDir(key);
    return {
      label: t(`sort.${key}`),
      href: participantListHref(event.id, { ...list, sort: key, dir, page: 1 }),
      sorted: current ? list.dir : null,
    };
  };
  const rows: TableRow[] = result.rows.map((p) => ({
    ...p,
    registeredAt: registered.format(p.createdAt),
    registeredIso: p.createdAt.toISOString(),
    rsvpAnsweredAt: p.rsvpAnsweredAt ? registered.format(p.rsvpAnsweredAt) : null,
    rsvpAnsweredIso: p.rsvpAnsweredAt?.toISOString() ?? null,
  }));
  const filterFields: [string, string][] = [
    ["q", list.q ?? ""],
    ["status", list.status ?? ""],
    ["source", list.source ?? ""],
    ["rsvp", list.rsvp ?? ""],
    ["answer", list.answer ?? ""],
    ["email", list.email ?? ""],
  ];
  const addButton = (
    <Button asChild>
      <Link href={`/events/${event.id}/participants/new`}>{t("add")}</Link>
    </Button>
  );

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          {hasAny && addButton}
        </div>
      </div>

      {!hasAny ? (
        <EmptyState title={t("emptyTitle")} action={addButton}>
          {t.rich("emptyBody", {
            publicUrl,
            closed: event.registrationOpen ? "no" : "yes",
            url: (chunks) => <span className="font-mono break-all">{chunks}</span>,
          })}
        </EmptyState>
      ) : (
        <>
          <ParticipantFilters eventId={event.id} params={list} filtered={filtered} questions={event.questions} />
          {result.total > 0 && (
            <p className="text-sm text-zinc-600">
              {t(filtered ? "countMatching" : "count", { count: result.total })}
              {result.pageCount > 1 &&
                t("showing", {
                  from: numberText(locale, (list.page - 1) * result.pageSize + 1),
                  to: numberText(locale, (list.page - 1) * result.pageSize + result.rows.length),
                })}
            </p>
          )}
          <ParticipantsTable
            key={`${list.page}:${list.sort}:${list.dir}:${list.q ?? ""}:${list.status ?? ""}:${list.source ?? ""}:${list.rsvp ?? ""}:${list.answer ?? ""}:${list.email ?? ""}`}
            eventId={event.id}
            timeZone={env().DASHBOARD_TIME_ZONE}
            rows={rows}
            columns={{
              name: column("name"),
              email: column("email"),
              organisation: column("organisation"),
              status: column("status"),
              registered: column("registered"),
            }}
            filterFields={filterFields}
            statusCounts={result.statusCounts}
            action={changeStatusAction.bind(null, event.id)}
            rsvpAction={startRsvpSendAction.bind(null, event.id)}
            empty={
              <EmptyState
                title={t("noMatchTitle")}
                action={
                  <Button asChild variant="secondary">
                    <Link href={`/events/${event.id}/participants`}>{t("clearFilters")}</Link>
                  </Button>
                }
              >
                {t("noMatchBody", {
                  hasQuery: list.q ? "yes" : "no",
                  q: list.q ?? "",
                  withFilters: list.q && (list.status || list.source || list.rsvp || list.answer || list.email) ? "yes" : "no",
                })}
              </EmptyState>
            }
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => participantListHref(event.id, { ...list, page })}
            label={t("pages")}
          />
        </>
      )}
    </div>
  );
}
