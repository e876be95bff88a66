"use client";
// The events an account may work on, as checkboxes in a fieldset (one list for invite and edit).
import { useTranslations } from "next-intl";

type EventChoice = { id: string; title: string; date: string };

type Props = { idPrefix: string; events: EventChoice[]; checked: string[]; legend: string; error?: string };

export function EventCheckboxes({ idPrefix, events, checked, legend, error }: Props) {
  const t = useTranslations("ops.staff");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend className="text-sm font-medium text-zinc-800">{legend}</legend>
      {events.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noEventChoices")}</p>
      ) : (
        <ul className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-zinc-200 bg-white p-2">
          {events.map((e) => (
            <li key={e.id}>
              <label htmlFor={`${idPrefix}-${e.id}`} className="flex items-start gap-2 rounded px-1 py-1.5 text-sm hover:bg-zinc-50">
                <input
                  type="checkbox"
                  id={`${idPrefix}-${e.id}`}
                  name="eventIds"
                  value={e.id}
                  defaultChecked={checked.includes(e.id)}
                  className="mt-0.5 size-4 accent-brand-600"
                />
                <span className="min-w-0 break-words">
                  {e.title} <span className="text-zinc-500">· {e.date}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${idPrefix}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export type { EventChoice };
