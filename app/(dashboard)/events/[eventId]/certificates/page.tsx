// Certificates of attendance for one event: the design with a live preview, who gets one (with
// add/remove), "Generate certificates" with live progress and failures to retry, and the issued
// certificates to download one by one or all as one ZIP.
import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Certificates" };

const ELIGIBILITY_LIMIT = 500;

type Props = { params: Promise<{ eventId: string }> };

export default async function CertificatesPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
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
        <h1 className="text-2xl font-bold tracking-tight">Certificates</h1>
      </div>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">Design</h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <SettingsForm values={settings} action={saveSettingsAction.bind(null, event.id)} />
            {(["logo", "signature"] as const).map((kind) => (
              <div key={kind} className="space-y-2">
                <ImageUploadForm kind={kind} label={kind === "logo" ? "Logo" : "Signature image"} uploadUrl={`${api}/images/${kind}`} />
                {(kind === "logo" ? logo : signature) && (
                  <form action={removeImage}>
                    <input type="hidden" name="kind" value={kind} />
                    <Button type="submit" variant="ghost" size="sm">
                      Remove the {kind}
                    </Button>
                  </form>
                )}
              </div>
            ))}
          </div>
          <div className="space-y-2">
            <h3 className="text-sm font-medium text-zinc-800">Preview (sample participant)</h3>
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
              alt="Certificate preview for a sample participant"
              className="w-full rounded-md border border-zinc-200 bg-zinc-50"
            />
            <a href={`${api}/preview`} className="text-sm font-medium text-blue-700 underline" download="certificate-preview.pdf">
              Download the preview as PDF
            </a>
          </div>
        </div>
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">Who gets one</h2>
        <p className="text-sm text-zinc-700">
          {eligibility.eligibleCount.toLocaleString("en-GB")} {eligibility.eligibleCount === 1 ? "participant is" : "participants are"} on
          the list: everyone checked in, or, if this event used no check-in, every approved participant who did not decline. Remove people
          or add others before generating.
        </p>
        <AddByEmailForm action={addByEmailAction.bind(null, event.id)} />
        <EligibilityTable rows={eligibility.rows} action={setOverrideAction.bind(null, event.id)} limit={ELIGIBILITY_LIMIT} />
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">Generate</h2>
        <p className="text-sm text-zinc-700">
          Certificates are generated in the background; people who already have one are skipped unless you re-issue.
        </p>
        <GenerateForm action={generateAction.bind(null, event.id)} count={eligibility.eligibleCount} />
        {op && <OperationProgress initial={operationProgress(op)} eventId={event.id} headingLevel={3} />}
        {op && <FailedItems title="Not generated" items={failures} operationId={op.id} canRetry={op.state !== "running"} retry={retry} />}
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-lg font-semibold">Email certificates</h2>
        <p className="text-sm text-zinc-700">
          Each participant with a certificate gets it attached to the{" "}
          <Link href={`/events/${event.id}/emails`} className="font-medium text-brand-600 hover:underline">
            certificate email
          </Link>
          . Nobody is emailed their certificate twice.
        </p>
        <EmailForm action={emailAction.bind(null, event.id)} count={issued.total} />
        {emailOp && <OperationProgress initial={operationProgress(emailOp)} eventId={event.id} headingLevel={3} />}
        {emailOp && (
          <FailedItems
            title="Not sent"
            items={emailFailures}
            operationId={emailOp.id}
            canRetry={emailOp.state !== "running"}
            retry={retry}
          />
        )}
      </Card>

      <Section id="issued-heading" title={`Issued certificates (${issued.total.toLocaleString("en-GB")})`} className="space-y-3">
        <IssuedTable rows={issued.rows} total={issued.total} downloadBase={api} />
      </Section>
    </div>
  );
}
