"use client";
// The rendered email for the sample participant: subject, the HTML part in a sandboxed frame (no
// scripts, no access to this page) and the plain-text part. While the template has problems the
// last good rendering stays, dimmed, under the list of problems.
import { useTranslations } from "next-intl";
import type { RenderedEmail } from "@/lib/email/render-template";
import type { PreviewAnswer } from "@/lib/email/templates/preview-email-template";
import { templateProblemText } from "@/lib/i18n/template-problem-text";

type Props = { answer: PreviewAnswer; lastGood: RenderedEmail | null; pending: boolean; sampleName: string };

export function EmailPreviewPanel({ answer, lastGood, pending, sampleName }: Props) {
  const problems = !answer.ok && "problems" in answer ? [...answer.problems.subject, ...answer.problems.body] : [];
  const error = !answer.ok && "error" in answer ? answer.error : null;
  const t = useTranslations("messaging.templates.preview");
  const tMessaging = useTranslations("messaging");
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <h3 id="preview-heading" className="text-sm font-semibold text-zinc-900">
          {t.rich("heading", { name: sampleName, muted: (chunks) => <span className="font-normal text-zinc-600">{chunks}</span> })}
        </h3>
        <p className="text-xs text-zinc-500">{pending ? t("updating") : t("upToDate")}</p>
      </div>
      {(problems.length > 0 || error) && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-medium">{t("waits")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {error && <li>{error}</li>}
            {problems.map((p) => (
              <li key={p.message}>{templateProblemText(p, tMessaging)}</li>
            ))}
          </ul>
        </div>
      )}
      {lastGood && <RenderedPreview email={lastGood} stale={!answer.ok} />}
    </section>
  );
}

function RenderedPreview({ email, stale }: { email: RenderedEmail; stale: boolean }) {
  const t = useTranslations("messaging.templates.preview");
  return (
    <div className={stale ? "space-y-3 opacity-60" : "space-y-3"}>
      <dl className="rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm">
        <dt className="text-xs font-medium text-zinc-500 uppercase">{t("subject")}</dt>
        <dd data-testid="preview-subject" className="break-words font-medium text-zinc-900">
          {email.subject}
        </dd>
      </dl>
      <iframe
        title={t("frameTitle")}
        sandbox=""
        srcDoc={email.html}
        className="h-[28rem] w-full rounded-md border border-zinc-200 bg-white"
      />
      <details className="rounded-md border border-zinc-200 bg-white">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-zinc-800">{t("plainText")}</summary>
        <pre
          data-testid="preview-text"
          className="overflow-x-auto border-t border-zinc-100 px-3 py-2 font-sans text-sm break-words whitespace-pre-wrap text-zinc-800"
        >
          {email.text}
        </pre>
      </details>
    </div>
  );
}
