// The organizer's view of an event's waitlist: everyone waiting or holding an offer, in the order
// offers are made (joined at, ties by id: the same order as waitlistPositionSql), one page at a
// time, paged by PostgreSQL over the partial index participants_event_waitlist_idx. The position of
// a row is its place in that order, so it is the page's offset plus its index.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export const WAITLIST_PAGE_SIZE = 50;

/** none: never offered a seat; offered: a seat is held until offerExpiresAt; expired: the last offer lapsed. */
export type OfferState = "none" | "offered" | "expired";

export type WaitlistRow = {
  id: string;
  position: number;
  firstName: string;
  lastName: string;
  email: string;
  status: "waitlisted" | "offered";
  waitlistedAt: Date;
  offerState: OfferState;
  offerExpiresAt: Date | null;
  offerCount: number;
};

export type WaitlistPage = {
  rows: WaitlistRow[];
  total: number;
  offered: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export async function listWaitlist(db: DbOrTx, eventId: string, page = 1, pageSize = WAITLIST_PAGE_SIZE): Promise<WaitlistPage> {
  const [counts] = await db.execute<{ total: number; offered: number }>(sql`
    select count(*)::int as total, count(*) filter (where status = 'offered')::int as offered
    from participants where event_id = ${eventId} and status in ('waitlisted', 'offered')`);
  const pageCount = Math.max(1, Math.ceil(counts.total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const offset = (current - 1) * pageSize;
  const rows = await db.execute<{
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    status: "waitlisted" | "offered";
    waitlisted_at: string;
    offer_expires_at: string | null;
    offer_count: number;
    lapsed: boolean;
  }>(sql`
    select id, first_name, last_name, email, status, waitlisted_at, offer_expires_at, offer_count,
      (status = 'offered' and offer_expires_at <= now()) or (status = 'waitlisted' and offer_count > 0) as lapsed
    from participants
    where event_id = ${eventId} and status in ('waitlisted', 'offered')
    order by waitlisted_at, id
    limit ${pageSize} offset ${offset}`);
  return {
    rows: [...rows].map((r, i) => ({
      id: r.id,
      position: offset + i + 1,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      status: r.status,
      waitlistedAt: new Date(r.waitlisted_at),
      offerState: r.lapsed ? "expired" : r.status === "offered" ? "offered" : "none",
      offerExpiresAt: r.offer_expires_at ? new Date(r.offer_expires_at) : null,
      offerCount: Number(r.offer_count),
    })),
    total: counts.total,
    offered: counts.offered,
    page: current,
    pageCount,
    pageSize,
  };
}
