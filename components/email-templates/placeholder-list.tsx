"use client";
// The placeholders this email can use, each with what it means and the value the preview uses.
// Clicking one inserts it where the cursor was in the subject or the body.
import { useTranslations } from "next-intl";

export type PlaceholderItem = { name: string; description: string; sample: string };

type Props = { placeholders: PlaceholderItem[]; onInsert: (name: string) => void };

const OPTIONAL_EXAMPLE = "{{#reason}}Reason: {{reason}}{{/reason}}";

export function PlaceholderList({ placeholders, onInsert }: Props) {
  const t = useTranslations("messaging.templates.placeholders");
  return (
    <section aria-labelledby="placeholders-heading" className="space-y-3">
      <div>
        <h3 id="placeholders-heading" className="text-sm font-semibold text-zinc-900">
          {t("heading")}
        </h3>
        <p className="text-sm text-zinc-600">{t("intro")}</p>
      </div>
      <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 bg-white">
        {placeholders.map((p) => (
          <li key={p.name} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-start sm:gap-3">
            <button
              type="button"
              onClick={() => onInsert(p.name)}
              aria-label={t("insert", { token: `{{${p.name}}}`, description: p.description })}
              className="shrink-0 self-start rounded border sm:w-36 sm:text-left border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {`{{${p.name}}}`}
            </button>
            <div className="min-w-0 text-sm">
              <p className="text-zinc-800">{p.description}</p>
              <p className="break-words text-zinc-500">{t("example", { sample: p.sample || t("empty") })}</p>
            </div>
          </li>
        ))}
      </ul>
      <div className="space-y-2 rounded-md bg-zinc-50 p-3 text-sm text-zinc-700">
        <h3 className="font-semibold text-zinc-900">{t("layoutHeading")}</h3>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("paragraphs")}</li>
          <li>{t("links")}</li>
          <li>
            {t.rich("optional", {
              example: OPTIONAL_EXAMPLE,
              code: (chunks) => <code className="font-mono text-xs">{chunks}</code>,
            })}
          </li>
          <li>{t("names")}</li>
        </ul>
      </div>
    </section>
  );
}
