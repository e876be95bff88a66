// An event's waitlist, in the order seats are offered: position, name, email, joined at and offer
// state, 50 a page (paged by PostgreSQL), with Promote / Remove per person and the waitlist's on/off
// switch. What promoting and switching off do is decided in lib/waitlist/manage-waitlist.ts.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { WaitlistSwitch } from "@/components/participants/waitlist-switch";
import { WaitlistTable, type WaitlistTableRow } from "@/components/participants/waitlist-table";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dateTime, numberText } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { listWaitlist } from "@/lib/waitlist/list-waitlist";
import { promoteAction, removeAction, switchWaitlistAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participants.waitlist");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageHref = (eventId: string, page: number) => `/events/${eventId}/participants/waitlist${page > 1 ? `?page=${page}` : ""}`;

export default async function WaitlistPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("participants.waitlist");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  const rawPage = (await searchParams).page;
  const asked = Number(Array.isArray(rawPage) ? rawPage[0] : rawPage);
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 1_000_000 ? asked : 1;
  const list = await listWaitlist(db(), event.id, page);
  if (list.total > 0 && page > list.pageCount) redirect(pageHref(event.id, list.pageCount));

  const zone = env().DASHBOARD_TIME_ZONE;
  const rows: WaitlistTableRow[] = list.rows.map((r) => ({
    id: r.id,
    position: r.position,
    name: `${r.firstName} ${r.lastName}`.trim(),
    email: r.email,
    joinedAt: dateTime(locale, r.waitlistedAt, zone),
    joinedIso: r.waitlistedAt.toISOString(),
    offerState: r.offerState,
    offerUntil: r.offerExpiresAt ? dateTime(locale, r.offerExpiresAt, zone) : null,
    status: r.status,
  }));
  const full = event.capacity !== null && (event.seatsTaken ?? 0) >= event.capacity;
  const first = (list.page - 1) * list.pageSize + 1;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <BackLink href={`/events/${event.id}/participants`}>{t("back")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-prose text-sm text-zinc-700">{t("intro", { hours: event.waitlistOfferHours })}</p>
        <p className="text-sm text-zinc-600" data-testid="waitlist-counts">
          {t("counts", { total: list.total, offered: list.offered })}
          {list.pageCount > 1 && t("showing", { from: numberText(locale, first), to: numberText(locale, first + list.rows.length - 1) })}
          {event.capacity !== null && (
            <>
              {" · "}
              {t("seats", { taken: event.seatsTaken ?? 0, capacity: event.capacity })}
            </>
          )}
        </p>
      </div>

      {event.capacity === null && list.total === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("noCapacity")}</EmptyState>
      ) : (
        <>
          <WaitlistSwitch
            enabled={event.waitlistEnabled}
            waiting={list.total - list.offered}
            requestId={randomUUID()}
            action={switchWaitlistAction.bind(null, event.id)}
          />
          {/* The table stays mounted when the list empties, so the last promote's or remove's result stays on screen. */}
          <WaitlistTable
            eventId={event.id}
            rows={rows}
            full={full}
            promoteAction={promoteAction.bind(null, event.id)}
            removeAction={removeAction.bind(null, event.id)}
            empty={<EmptyState title={t("emptyTitle")}>{event.waitlistEnabled ? t("emptyOn") : t("emptyOff")}</EmptyState>}
          />
          {list.total > 0 && (
            <Pagination page={list.page} pageCount={list.pageCount} href={(p) => pageHref(event.id, p)} label={t("pages")} />
          )}
        </>
      )}
    </div>
  );
}
