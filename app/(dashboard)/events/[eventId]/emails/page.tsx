// The event's email templates: one tab per kind of email (?kind=…), the editor with its placeholder
// list, and a live preview for a sample participant.
import type { Metadata } from "next";
import { EmailKindTabs } from "@/components/email-templates/email-kind-tabs";
import { EmailTemplateEditor } from "@/components/email-templates/email-template-editor";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listEventEmailTemplates } from "@/lib/db/queries/email-templates";
import { messageKinds, type MessageKind } from "@/lib/db/schema";
import { messageKindLabels, placeholdersFor } from "@/lib/email/placeholders";
import { defaultTemplatesFor } from "@/lib/email/templates/defaults";
import { localeNames, locales, resolveLocale } from "@/lib/i18n/locales";
import { activeQuestions } from "@/lib/questions/definitions";
import { previewEmailTemplate, sampleValues } from "@/lib/email/templates/preview-email-template";
import { previewEmailTemplateAction, resetEmailTemplateAction, saveEmailTemplateAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Email templates" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ kind?: string | string[]; lang?: string | string[] }> };

const kindDescriptions: Record<MessageKind, string> = {
  registration_received: "Sent when someone registers and waits for your approval.",
  approved: "Sent when a registration is approved; the PDF ticket is attached.",
  rejected: "Sent when you reject a registration, with the reason if you gave one.",
  rsvp_request: "Asks approved participants whether they will still attend.",
  ticket_resend: "Sent when you use “Send ticket again”; the PDF ticket is attached.",
  certificate: "Sent with the certificate of attendance attached.",
  cancelled: "Confirms a cancellation, by the participant or by you (when you choose to email).",
  waitlist_joined: "Sent when someone joins the waitlist of a full event, with their place in it.",
  waitlist_offer: "Offers a freed seat to the next person on the waitlist, with the link to claim it.",
};

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

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Email templates</h1>
        <p className="max-w-prose text-zinc-700">
          Every email this event sends, in your words. An email you have not changed uses the default wording shown here.
        </p>
      </div>

      <nav aria-label="Template language" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600">Language of the wording:</span>
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
        tabs={messageKinds.map((k) => ({ kind: k, label: messageKindLabels[k], custom: Boolean(saved[k]) }))}
      />

      <section aria-labelledby="editor-heading" className="space-y-4">
        <div>
          <h2 id="editor-heading" className="text-lg font-semibold">
            {messageKindLabels[kind]}
          </h2>
          <p className="text-sm text-zinc-600">{kindDescriptions[kind]}</p>
        </div>
        <EmailTemplateEditor
          key={`${kind}-${language}`}
          kind={kind}
          language={language}
          kindLabel={messageKindLabels[kind]}
          saved={current}
          isCustom={Boolean(saved[kind])}
          placeholders={placeholdersFor(kind)
            .map((p) => ({
              name: p.name,
              description: p.description,
              sample: samples[p.name] ?? p.sample,
            }))
            .concat(
              activeQuestions(event.questions).map((q) => ({
                name: `answer.${q.key}`,
                description: `The answer to “${q.label}”`,
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
