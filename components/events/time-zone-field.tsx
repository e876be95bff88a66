"use client";
// The event's time zone: a searchable combobox over every IANA zone (about 400), following the
// ARIA combobox pattern (an input with role=combobox controlling a listbox; arrows move, Enter
// picks, Escape closes), with the organizer's zones first: the browser's own, then the dashboard's.
// Until the script runs (or without JavaScript) it is a native select of the same zones, so the form
// works everywhere; the combobox's choice travels in a hidden input of the same name.
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { cn } from "@/lib/ui/cn";

type Props = { value: string; onChange: (zone: string) => void; timeZones: string[]; defaultZone?: string; error?: string };

const normalise = (s: string) => s.toLowerCase().replaceAll("_", " ");

/** The zones in the order offered: the browser's, the dashboard's, then all others as listed. */
export function orderZones(timeZones: string[], value: string, own: string | null, dashboard: string | undefined) {
  const all = timeZones.includes(value) ? timeZones : [value, ...timeZones];
  const first = [own, dashboard].filter((z, i, list): z is string => !!z && all.includes(z) && list.indexOf(z) === i);
  return { first, ordered: [...first, ...all.filter((z) => !first.includes(z))] };
}

/** Zones whose name holds every typed word ("new york", "athens", "europe/ath"), in order. */
export function matchZones(ordered: string[], query: string): string[] {
  const words = normalise(query).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return ordered;
  return ordered.filter((z) => words.every((w) => normalise(z).includes(w)));
}

export function TimeZoneField({ value, onChange, timeZones, defaultZone, error }: Props) {
  const t = useTranslations("events.timeZone");
  const [mounted, setMounted] = useState(false);
  const [ownZone, setOwnZone] = useState<string | null>(null);
  useEffect(() => {
    setOwnZone(Intl.DateTimeFormat().resolvedOptions().timeZone || null);
    setMounted(true);
  }, []);
  const { first, ordered } = useMemo(() => orderZones(timeZones, value, ownZone, defaultZone), [timeZones, value, ownZone, defaultZone]);
  const note = (z: string) => (z === ownZone ? t("yours") : z === defaultZone ? t("dashboard") : null);

  if (!mounted)
    return (
      <Field id="timeZone" label={t("label")} hint={t("hint")} error={error}>
        <Select name="timeZone" value={value} onChange={(e) => onChange(e.target.value)}>
          {first.length > 0 && (
            <optgroup label={t("suggested")}>
              {first.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t("all")}>
            {ordered.slice(first.length).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
    );
  return <ZoneCombobox value={value} onChange={onChange} ordered={ordered} note={note} error={error} />;
}

type ComboboxProps = {
  value: string;
  onChange: (zone: string) => void;
  ordered: string[];
  note: (zone: string) => string | null;
  error?: string;
};

function ZoneCombobox({ value, onChange, ordered, note, error }: ComboboxProps) {
  const t = useTranslations("events.timeZone");
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  // While not typing, the list shows every zone with the chosen one active.
  const options = query === null ? ordered : matchZones(ordered, query);
  const activeZone = options[Math.min(active, options.length - 1)];
  const optionId = (z: string) => `${listId}-${z.replace(/[^A-Za-z0-9_-]/g, "-")}`;

  useEffect(() => {
    if (!open || !activeZone) return;
    list.current?.querySelector(`[id="${optionId(activeZone)}"]`)?.scrollIntoView({ block: "nearest" });
  });

  const openList = () => {
    setActive(Math.max(0, ordered.indexOf(value)));
    setOpen(true);
  };
  const choose = (zone: string) => {
    onChange(zone);
    setQuery(null);
    setOpen(false);
  };
  const close = () => {
    setQuery(null);
    setOpen(false);
  };

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openList();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => Math.min(Math.max(0, Math.min(i, options.length - 1) + step), Math.max(0, options.length - 1)));
    } else if ((e.key === "Home" || e.key === "End") && open && query === null) {
      e.preventDefault();
      setActive(e.key === "Home" ? 0 : options.length - 1);
    } else if (e.key === "Enter") {
      // Picks the active zone; never submits the form while the list is open.
      if (open) {
        e.preventDefault();
        if (activeZone) choose(activeZone);
      }
    } else if (e.key === "Escape") {
      if (open) e.preventDefault();
      close();
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor="timeZone" className="block text-sm font-medium text-zinc-800">
        {t("label")}
      </label>
      <div className="relative">
        <input type="hidden" name="timeZone" value={value} />
        <Input
          id="timeZone"
          aria-invalid={error ? true : undefined}
          aria-describedby={["timeZone-hint", error ? "timeZone-error" : ""].filter(Boolean).join(" ")}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeZone ? optionId(activeZone) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          value={query ?? value}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => !open && openList()}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <p className="sr-only" aria-live="polite">
          {open && query !== null ? t("matches", { count: options.length }) : ""}
        </p>
        {open && options.length === 0 && (
          <p className="absolute z-20 mt-1 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-600 shadow-lg">
            {t("noMatch")}
          </p>
        )}
        <div
          ref={list}
          id={listId}
          role="listbox"
          aria-label={t("listLabel")}
          hidden={!open || options.length === 0}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-zinc-300 bg-white py-1 text-sm shadow-lg"
        >
          {options.map((z) => {
            const hint = note(z);
            return (
              <div
                key={z}
                id={optionId(z)}
                role="option"
                tabIndex={-1}
                aria-selected={z === value}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(z);
                }}
                className={cn(
                  "flex cursor-pointer items-baseline justify-between gap-2 px-3 py-2",
                  z === activeZone && "bg-brand-50 text-brand-800",
                  z === value && "font-semibold",
                )}
              >
                <span className="break-all">{z}</span>
                {hint && <span className="shrink-0 text-xs text-zinc-600">{hint}</span>}
              </div>
            );
          })}
        </div>
      </div>
      <p id="timeZone-hint" className="text-sm text-zinc-500">
        {t("comboHint")}
      </p>
      {error && (
        <p id="timeZone-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
