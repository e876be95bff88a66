// The time zones offered in the event form: every IANA zone this runtime knows, UTC first.
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? ["UTC", ...zones.filter((z) => z !== "UTC")] : ["UTC", ...zones];
}
