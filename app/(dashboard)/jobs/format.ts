// Small formatters for the Jobs page.

/** "now", "42 s", "5 min", "3 h 10 min", "2 d 4 h": how long something has waited. */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  if (s < 1) return "now";
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

export const operationKindLabels: Record<string, string> = {
  rsvp_email: "RSVP emails",
  participants_import: "Participant import",
  certificates_generate: "Certificates",
  certificates_email: "Certificate emails",
};
