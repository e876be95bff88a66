// A moment as the event's wall clock shows it, with the zone named: "Tue, 1 Dec 2026, 09:30 (Europe/Athens)".
export function formatInZone(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
  return `${text} (${timeZone})`;
}
