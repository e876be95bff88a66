"use client";
// The event's time zone: a select of every IANA zone (about 400), with a filter box above it that
// narrows the list as one types ("athens", "new york"), and the organizer's own zone (the
// browser's) first. A native select stays the control: keyboard, screen readers and phones know it.
import { useEffect, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";

// New strings (English until the message catalogue of issue 18 lands).
const text = {
  label: "Time zone",
  hint: "Start and end are in this time zone.",
  filter: "Find a zone",
  filterPlaceholder: "Type a city or region, e.g. Athens",
  yours: "Your time zone",
  all: "All time zones",
  matches: (n: number) => (n === 1 ? "1 zone matches" : `${n} zones match`),
};

const label = (zone: string) => zone.replaceAll("_", " ");

type Props = { value: string; onChange: (zone: string) => void; timeZones: string[]; error?: string };

export function TimeZoneField({ value, onChange, timeZones, error }: Props) {
  const [filter, setFilter] = useState("");
  const [ownZone, setOwnZone] = useState<string | null>(null);
  useEffect(() => setOwnZone(Intl.DateTimeFormat().resolvedOptions().timeZone || null), []);

  const words = filter.trim().toLowerCase().replaceAll("_", " ").split(/\s+/).filter(Boolean);
  const matches = (zone: string) => words.every((w) => label(zone).toLowerCase().includes(w));
  const all = timeZones.includes(value) ? timeZones : [value, ...timeZones];
  const first = ownZone && all.includes(ownZone) && matches(ownZone) ? ownZone : null;
  // The chosen zone stays an option while filtering, so narrowing the list never changes the value.
  const rest = all.filter((z) => z !== first && (matches(z) || z === value));
  const count = (first ? 1 : 0) + rest.filter(matches).length;

  return (
    <div className="space-y-3">
      <div className="space-y-1.5">
        <label htmlFor="timeZoneFilter" className="block text-sm font-medium text-zinc-800">
          {text.filter}
        </label>
        <Input
          id="timeZoneFilter"
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
          }}
          placeholder={text.filterPlaceholder}
          aria-controls="timeZone"
          aria-describedby="timeZoneFilter-count"
          autoComplete="off"
          maxLength={60}
        />
        <p id="timeZoneFilter-count" className="text-xs text-zinc-500" aria-live="polite">
          {words.length > 0 ? text.matches(count) : ""}
        </p>
      </div>
      <Field id="timeZone" label={text.label} hint={text.hint} error={error}>
        <Select name="timeZone" value={value} onChange={(e) => onChange(e.target.value)}>
          {first && (
            <optgroup label={text.yours}>
              <option value={first}>{label(first)}</option>
            </optgroup>
          )}
          <optgroup label={text.all}>
            {rest.map((z) => (
              <option key={z} value={z}>
                {label(z)}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
    </div>
  );
}
