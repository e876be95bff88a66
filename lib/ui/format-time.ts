// The zone's name beside a point in time the dashboard writes ("2 Dec 2026, 23:14 EET", by
// dateTimeWithZone in lib/i18n/format.ts, in the user's language), the same on the server and in the
// browser. Before one labelled zone, the outbox showed the browser's zone unlabelled and the
// participant page the event's, so one email read 21:14 on one page and 23:14 on another.
/** The zone's short name at that instant ("EET", "EEST", "UTC"). */
export function zoneLabel(date: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")
      ?.value ?? timeZone
  );
}
