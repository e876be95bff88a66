// The one way the dashboard writes a point in time: in one time zone, with the zone's name beside
// it ("2 Dec 2026, 23:14 EET"), the same on the server and in the browser. Before this, the outbox
// showed the browser's zone unlabelled and the participant page the event's, so one email read
// 21:14 on one page and 23:14 on another.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
    if (formats.size > 200) formats.clear();
    formats.set(timeZone, f);
  }
  return f;
}

/** The zone's short name at that instant ("EET", "EEST", "UTC"). */
export function zoneLabel(date: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")
      ?.value ?? timeZone
  );
}

export function formatDateTime(value: Date | string, timeZone: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${format(timeZone).format(date)} ${zoneLabel(date, timeZone)}`;
}
