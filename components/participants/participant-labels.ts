// How participant sources read in the dashboard (filters, table, detail page).
import type { ParticipantSource } from "@/lib/validation/participant-list";

export const sourceLabels: Record<ParticipantSource, string> = {
  form: "Public form",
  csv: "CSV import",
  dashboard: "Added by hand",
};

/** "…3F9A": enough to compare with a printed ticket, too little to forge one. */
export function maskTicketCode(code: string): string {
  return `…${code.slice(-4)}`;
}
