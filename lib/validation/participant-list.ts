// The participants table's state, as it travels in the URL (?q=&status=&source=&rsvp=&sort=&dir=&page=)
// and in the bulk actions' forms. A value that does not parse falls back to its default rather than
// failing the page: URLs get edited by hand and shared.
import { z } from "zod";
import { participantStatuses } from "@/lib/db/schema/participants";

export const participantSources = ["form", "csv", "dashboard"] as const;
export type ParticipantSource = (typeof participantSources)[number];

// The RSVP answer filter: answered "I will attend", "I can't attend", or not answered yet.
export const rsvpFilters = ["attending", "declined", "none"] as const;
export type RsvpFilter = (typeof rsvpFilters)[number];

// Addresses a hard bounce or a complaint marked undeliverable (Resend webhooks).
export const emailFilters = ["undeliverable"] as const;

export const participantSorts = ["name", "email", "organisation", "status", "registered"] as const;
export type ParticipantSort = (typeof participantSorts)[number];

export const SEARCH_MAX = 200;

const ANSWER_FILTER = /^[a-z0-9]{6,16}:[a-z0-9]{2,16}$/;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const emptyToUndefined = (v: unknown) => {
  const x = first(v);
  return typeof x === "string" && x.trim() === "" ? undefined : x;
};

/** What narrows the list: shared by the table and by "approve / reject all matching". */
export const participantFilterSchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(SEARCH_MAX).optional()).catch(undefined),
  status: z.preprocess(emptyToUndefined, z.enum(participantStatuses).optional()).catch(undefined),
  source: z.preprocess(emptyToUndefined, z.enum(participantSources).optional()).catch(undefined),
  rsvp: z.preprocess(emptyToUndefined, z.enum(rsvpFilters).optional()).catch(undefined),
  // A registration question's answer: "<question id>:<option id | yes | no>".
  answer: z.preprocess(emptyToUndefined, z.string().regex(ANSWER_FILTER).optional()).catch(undefined),
  email: z.preprocess(emptyToUndefined, z.enum(emailFilters).optional()).catch(undefined),
});

export const participantListSchema = participantFilterSchema.extend({
  sort: z.preprocess(emptyToUndefined, z.enum(participantSorts)).catch("registered"),
  dir: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"]).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
});

export type ParticipantFilter = z.output<typeof participantFilterSchema>;
export type ParticipantListParams = Omit<z.output<typeof participantListSchema>, "dir"> & { dir: "asc" | "desc" };

/** Newest registrations first; every other column A→Z unless asked otherwise. */
export function defaultDir(sort: ParticipantSort): "asc" | "desc" {
  return sort === "registered" ? "desc" : "asc";
}

export function parseParticipantList(searchParams: Record<string, unknown>): ParticipantListParams {
  const parsed = participantListSchema.parse(searchParams);
  return { ...parsed, dir: parsed.dir ?? defaultDir(parsed.sort) };
}

/** The URL of the table with these params (defaults left out, so links stay short). */
export function participantListHref(eventId: string, p: Partial<ParticipantListParams>): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  if (p.status) qs.set("status", p.status);
  if (p.source) qs.set("source", p.source);
  if (p.rsvp) qs.set("rsvp", p.rsvp);
  if (p.answer) qs.set("answer", p.answer);
  if (p.email) qs.set("email", p.email);
  if (p.sort && p.sort !== "registered") qs.set("sort", p.sort);
  if (p.sort && p.dir && p.dir !== defaultDir(p.sort)) qs.set("dir", p.dir);
  else if (!p.sort && p.dir && p.dir !== "desc") qs.set("dir", p.dir);
  if (p.page && p.page > 1) qs.set("page", String(p.page));
  const s = qs.toString();
  return `/events/${eventId}/participants${s ? `?${s}` : ""}`;
}
