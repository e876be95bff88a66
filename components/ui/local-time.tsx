// A point in time in the dashboard's one time zone (DASHBOARD_TIME_ZONE), labelled with the zone's
// name, the same on every page. A server component: rendered once, no flash, no guess of the
// viewer's zone (lib/ui/format-time.ts says why).
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/ui/format-time";

export function LocalTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {formatDateTime(date, env().DASHBOARD_TIME_ZONE)}
    </time>
  );
}
