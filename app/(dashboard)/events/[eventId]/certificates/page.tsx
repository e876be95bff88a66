// Certificates of attendance for one event: the design with a live preview, who gets one (with
// add/remove), "Generate certificates" with live progress and failures to retry, and the issued
// certificates to download one by one or all as one ZIP.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { userLocale } from "@/lib/i18n/user-locale";
import Link from "next/link";
import { OperationProgress } from "@/components/operations/operation-progress";
import { AddByEmailForm } from "@/components/certificates/add-by-email-form";
import { EligibilityTable } from "@/components/certificates/eligibility-table";
import { EmailForm } from "@/components/certificates/email-form";
import { FailedItems } from "@/components/certificates/failed-items";
import { GenerateForm } from "@/components/certificates/generate-form";
import { ImageUploadForm } from "@/components/certificates/image-upload-form";
import { IssuedTable } from "@/components/certificates/issued-table";
import { SettingsForm } from "@/components/certificates/settings-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { listEligibility } from "@/lib/certificates/eligibility";
import { operationProgress } from "@/lib/operations/progress";
import { loadSettings } from "@/lib/certificates/load-settings";
import { db } from "@/lib/db/client";
import { failedItems, latestGeneration, listCertificates } from "@/lib/db/queries/certificates";
import {
  addByEmailAction,
  emailAction,
  generateAction,
  removeImageAction,
  retryFailedAction,
  saveSettingsAction,
  setOverrideAction,
} from "./actions";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("certificates"))("metaTitle") };
}

const ELIGIBILITY_LIMIT = 500;

type Props = { params: Promise<{ eventId: string }> };

export default async function CertificatesPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("certificates");
  const locale = await userLocale();
  const [{ settings, logo, signature }, eligibility, op, emailOp, issued] = await Promise.all([
    loadSettings(db(), event.id),
    listEligibility(db(), event.id, ELIGIBILITY_LIMIT),
    latestGeneration(db(), event.id),
    latestGeneration(db(), event.id, "certificates_email"),
    listCertificates(db(), event.id),
  ]);
  const failures = op && op.failed > 0 ? await failedItems(db(), op.id) : [];
  const emailFailures = emailOp && emailOp.failed > 0 ? await failedItems(db(), emailOp.id) : [];
  const retry = retryFailedAction.bind(null, event.id);
  const api = `/api/events/${event.id}/certificates`;
  const removeImage = removeImageAction.bind(null, event.id);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      </div>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">{t("design.heading")}</h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <SettingsForm values={settings} action={saveSettingsAction.bind(null, event.id)} />
            {(["logo", "signature"] as const).map((kind) => (
              <div key={kind} className="space-y-2">
                <ImageUploadForm
                  kind={kind}
                  label={kind === "logo" ? t("design.logo") : t("design.signature")}
                  uploadUrl={`${api}/images/${kind}`}
                />
                {(kind === "logo" ? logo : signature) && (
                  <form action={removeImage}>
                    <input type="hidden" name="kind" value={kind} />
                    <Button type="submit" variant="ghost" size="sm">
                      {kind === "logo" ? t("design.removeLogo") : t("design.removeSignature")}
                    </Button>
                  </form>
                )}
              </div>
            ))}
          </div>
          <div className="space-y-2">
            <h3 className="text-sm font-medium text-zinc-800">{t("design.preview")}</h3>
            {/* biome-ignore lint/performance/noImgElement: a private, per-design image from our own API */}
            <img
              src={`${api}/preview-image?v=${encodeURIComponent(
                String(logo?.data.length ?? 0) +
                  String(signature?.data.length ?? 0) +
                  settings.title +
                  settings.body +
                  settings.orientation +
                  settings.signerName +
                  settings.signerTitle +
                  settings.extra,
              ).slice(0, 200)}`}
              alt={t("design.previewAlt")}
              className="w-full rounded-md border border-zinc-200 bg-zinc-50"
            />
            <a href={`${api}/preview`} className="text-sm font-medium text-blue-700 underline" download="certificate-preview.pdf">
              {t("design.previewPdf")}
            </a>
          </div>
        </div>
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">{t("eligibility.heading")}</h2>
        <p className="text-sm text-zinc-700">{t("eligibility.intro", { count: eligibility.eligibleCount })}</p>
        <AddByEmailForm action={addByEmailAction.bind(null, event.id)} />
        <EligibilityTable rows={eligibility.rows} action={setOverrideAction.bind(null, event.id)} limit={ELIGIBILITY_LIMIT} />
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">{t("generate.heading")}</h2>
        <p className="text-sm text-zinc-700">{t("generate.intro")}</p>
        <GenerateForm action={generateAction.bind(null, event.id)} count={eligibility.eligibleCount} />
        {op && <OperationProgress initial={operationProgress(op, locale)} eventId={event.id} headingLevel={3} />}
        {op && (
          <FailedItems
            title={t("generate.notGenerated")}
            items={failures}
            operationId={op.id}
            canRetry={op.state !== "running"}
            retry={retry}
          />
        )}
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">{t("email.heading")}</h2>
        <p className="text-sm text-zinc-700">
          {t.rich("email.intro", {
            link: (chunks) => (
              <Link href={`/events/${event.id}/emails`} className="font-medium text-brand-600 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <EmailForm action={emailAction.bind(null, event.id)} count={issued.total} />
        {emailOp && <OperationProgress initial={operationProgress(emailOp, locale)} eventId={event.id} headingLevel={3} />}
        {emailOp && (
          <FailedItems
            title={t("email.notSent")}
            items={emailFailures}
            operationId={emailOp.id}
            canRetry={emailOp.state !== "running"}
            retry={retry}
          />
        )}
      </Card>

      <Section id="issued-heading" title={t("issued.heading", { count: issued.total })} className="space-y-3">
        <IssuedTable rows={issued.rows} total={issued.total} downloadBase={api} timeZone={event.timeZone} />
      </Section>
    </div>
  );
}
