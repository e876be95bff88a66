// The event's email templates: one tab per kind of email (?kind=…), the editor with its placeholder
// list, and a live preview for a sample participant.
import type { Metadata } from "next";
import { EmailKindTabs } from "@/components/email-templates/email-kind-tabs";
import { EmailTemplateEditor } from "@/components/email-templates/email-template-editor";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listEventEmailTemplates } from "@/lib/db/queries/email-templates";
import { messageKinds, type MessageKind } from "@/lib/db/schema";
import { type PlaceholderName, placeholdersFor } from "@/lib/email/placeholders";
import { defaultTemplatesFor } from "@/lib/email/templates/defaults";
import { localeNames, locales, resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { activeQuestions } from "@/lib/questions/definitions";
import { previewEmailTemplate, sampleValues } from "@/lib/email/templates/preview-email-template";
import { previewEmailTemplateAction, resetEmailTemplateAction, saveEmailTemplateAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await userLocale(), "messaging")("templates.title") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ kind?: string | string[]; lang?: string | string[] }> };

export default async function EmailTemplatesPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const query = await searchParams;
  const requested = query.kind;
  const kind = messageKinds.find((k) => k === requested) ?? messageKinds[0];
  // Each language keeps its own wording; an unsupported ?lang= shows the event's language.
  const language = resolveLocale(query.lang, event.language);

  const saved = await listEventEmailTemplates(db(), event.id, language);
  const current = saved[kind] ?? defaultTemplatesFor(language)[kind];
  const initialPreview = await previewEmailTemplate(event, kind, current, language);
  const samples = sampleValues(event, language);
  // The page speaks the organizer's language; the wording being edited is in `language`.
  const t = translator(await userLocale(), "messaging");
  const kindLabel = (k: MessageKind) => t(`templates.kinds.${k}`);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("templates.title")}</h1>
        <p className="max-w-prose text-zinc-700">{t("templates.intro")}</p>
      </div>

      <nav aria-label={t("templates.languageNav")} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600">{t("templates.languageLabel")}</span>
        {locales.map((l) => (
          <a
            key={l}
            lang={l}
            href={`/events/${event.id}/emails?kind=${kind}&lang=${l}`}
            aria-current={l === language ? "page" : undefined}
            className={
              l === language ? "rounded-full bg-zinc-900 px-3 py-1 font-medium text-white" : "rounded-full border border-zinc-300 px-3 py-1"
            }
          >
            {localeNames[l]}
          </a>
        ))}
      </nav>

      <EmailKindTabs
        eventId={event.id}
        language={language}
        current={kind}
        tabs={messageKinds.map((k) => ({ kind: k, label: kindLabel(k), custom: Boolean(saved[k]) }))}
      />

      <section aria-labelledby="editor-heading" className="space-y-4">
        <div>
          <h2 id="editor-heading" className="text-lg font-semibold">
            {kindLabel(kind)}
          </h2>
          <p className="text-sm text-zinc-600">{t(`templates.kindDescriptions.${kind}`)}</p>
        </div>
        <EmailTemplateEditor
          key={`${kind}-${language}`}
          kind={kind}
          language={language}
          kindLabel={kindLabel(kind)}
          saved={current}
          isCustom={Boolean(saved[kind])}
          placeholders={placeholdersFor(kind)
            .map((p) => ({
              name: p.name,
              description: t(`templates.placeholderDescriptions.${p.name as PlaceholderName}`),
              sample: samples[p.name] ?? p.sample,
            }))
            .concat(
              activeQuestions(event.questions).map((q) => ({
                name: `answer.${q.key}`,
                description: t("templates.placeholderDescriptions.answer", { question: q.label }),
                sample: samples[`answer.${q.key}`] ?? "",
              })),
            )}
          initialPreview={initialPreview}
          saveAction={saveEmailTemplateAction.bind(null, event.id)}
          resetAction={resetEmailTemplateAction.bind(null, event.id)}
          previewAction={previewEmailTemplateAction.bind(null, event.id, language)}
        />
      </section>
    </div>
  );
}
