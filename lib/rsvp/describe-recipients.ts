// Who a bulk RSVP send was for, as stored with the operation (params) and as the organizer reads it
// later on the operations pages: "Approved participants · RSVP: not answered · search “acme”".
import type { ParticipantFilter } from "@/lib/validation/participant-list";

export type RsvpSendParams = { scope: "selection"; selected: number } | { scope: "filter"; filter: ParticipantFilter };

const rsvpLabels = { attending: "answered attending", declined: "answered declined", none: "not answered" } as const;
const sourceLabels = { form: "public form", csv: "CSV import", dashboard: "added by hand" } as const;

export function describeRecipients(params: unknown): string {
  const p = params as Partial<RsvpSendParams> | null;
  if (p?.scope === "selection") return `${p.selected} selected ${p.selected === 1 ? "participant" : "participants"} (approved ones asked)`;
  if (p?.scope !== "filter" || !p.filter) return "Approved participants";
  const f = p.filter;
  const parts = ["Approved participants"];
  if (f.status && f.status !== "approved") parts[0] = `Participants with status ${f.status} (only approved ones asked)`;
  if (f.rsvp) parts.push(`RSVP ${rsvpLabels[f.rsvp] ?? f.rsvp}`);
  if (f.source) parts.push(`from ${sourceLabels[f.source] ?? f.source}`);
  if (f.q) parts.push(`matching “${f.q}”`);
  return parts.join(" · ");
}
