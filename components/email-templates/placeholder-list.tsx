"use client";
// The placeholders this email can use, each with what it means and the value the preview uses.
// Clicking one inserts it where the cursor was in the subject or the body.

export type PlaceholderItem = { name: string; description: string; sample: string };

type Props = { placeholders: PlaceholderItem[]; onInsert: (name: string) => void };

export function PlaceholderList({ placeholders, onInsert }: Props) {
  return (
    <section aria-labelledby="placeholders-heading" className="space-y-3">
      <div>
        <h3 id="placeholders-heading" className="text-sm font-semibold text-zinc-900">
          Placeholders
        </h3>
        <p className="text-sm text-zinc-600">
          Click one to insert it at the cursor. Each is replaced by the participant’s or the event’s value.
        </p>
      </div>
      <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 bg-white">
        {placeholders.map((p) => (
          <li key={p.name} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-start sm:gap-3">
            <button
              type="button"
              onClick={() => onInsert(p.name)}
              aria-label={`Insert {{${p.name}}}: ${p.description}`}
              className="shrink-0 self-start rounded border sm:w-36 sm:text-left border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {`{{${p.name}}}`}
            </button>
            <div className="min-w-0 text-sm">
              <p className="text-zinc-800">{p.description}</p>
              <p className="break-words text-zinc-500">e.g. {p.sample || "(empty)"}</p>
            </div>
          </li>
        ))}
      </ul>
      <div className="space-y-2 rounded-md bg-zinc-50 p-3 text-sm text-zinc-700">
        <h3 className="font-semibold text-zinc-900">How the text is laid out</h3>
        <ul className="list-disc space-y-1 pl-5">
          <li>A blank line starts a new paragraph; a single line break stays a line break.</li>
          <li>Web addresses (https://…) become links in the email.</li>
          <li>
            Optional text: <code className="font-mono text-xs">{"{{#reason}}Reason: {{reason}}{{/reason}}"}</code> shows what is between the
            two tags only when that value is not empty (for example, when you gave a reason). A tag alone on its line takes the line with
            it.
          </li>
          <li>Names are written in lower case. An unknown or misspelt placeholder is reported when you save, and nothing is saved.</li>
        </ul>
      </div>
    </section>
  );
}
