"use client";
// Write an announcement: subject and body with the placeholders every participant email has, who it
// is for (status, RSVP answer, checked in), when (now or at a set time in the event's zone), a live
// preview for a sample participant, and a test send to oneself. The server checks everything again.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { EmailPreviewPanel } from "@/components/email-templates/email-preview";
import { PlaceholderList, type PlaceholderItem } from "@/components/email-templates/placeholder-list";
import { useLivePreview } from "@/components/email-templates/use-live-preview";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { AnnouncementPreview } from "@/lib/announcements/announcement-template";
import { useFocusFirstError } from "@/lib/ui/use-focus-first-error";
import type { ActionState } from "@/lib/validation/form-state";

type FormAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  requestId: string;
  timeZone: string;
  placeholders: PlaceholderItem[];
  initialPreview: AnnouncementPreview;
  sendAction: FormAction;
  testAction: FormAction;
  previewAction: (draft: { subject: string; body: string }) => Promise<AnnouncementPreview>;
};

const SUBJECT_MAX = 200;
const BODY_MAX = 20_000;

// [value, its words under messaging.announcements]
const statusOptions = [
  ["approved", "statusOptions.approved"],
  ["pending", "statusOptions.pending"],
  ["rejected", "statusOptions.rejected"],
  ["cancelled", "statusOptions.cancelled"],
  ["any", "statusOptions.any"],
] as const;
const rsvpOptions = [
  ["", "rsvpOptions.any"],
  ["attending", "rsvpOptions.attending"],
  ["declined", "rsvpOptions.declined"],
  ["none", "rsvpOptions.none"],
] as const;
const checkedInOptions = [
  ["", "checkedInOptions.either"],
  ["yes", "checkedInOptions.yes"],
  ["no", "checkedInOptions.no"],
] as const;

export function AnnouncementForm({ requestId, timeZone, placeholders, initialPreview, sendAction, testAction, previewAction }: Props) {
  const t = useTranslations("messaging.announcements");
  const [state, send] = useActionState(sendAction, {});
  const [testState, test] = useActionState(testAction, {});
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [when, setWhen] = useState("now");
  const [testId, setTestId] = useState(requestId);
  const preview = useLivePreview({ kind: "announcement", subject, body }, initialPreview, (d) =>
    previewAction({ subject: d.subject, body: d.body }),
  );
  const errors = { ...(state.fieldErrors ?? {}), ...(testState.fieldErrors ?? {}) };
  const formRef = useFocusFirstError(errors);
  const v = state.values ?? {};

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="min-w-0 space-y-6">
        <form ref={formRef} action={send} noValidate className="space-y-5" aria-label={t("compose")}>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="testRequestId" value={testId} />
          {state.error && <Alert tone="error">{state.error}</Alert>}
          {testState.error && <Alert tone="error">{testState.error}</Alert>}
          {testState.ok && testState.message && <Alert tone="success">{testState.message}</Alert>}

          <Field id="subject" label={t("subject")} error={errors.subject}>
            <Input name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={SUBJECT_MAX} autoComplete="off" />
          </Field>
          <Field id="body" label={t("message")} error={errors.body} hint={t("messageHint")}>
            <Textarea
              name="body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={10}
              maxLength={BODY_MAX}
              className="leading-6"
            />
          </Field>

          <fieldset className="space-y-3 rounded-md border border-zinc-200 p-4">
            <legend className="px-1 text-sm font-semibold text-zinc-900">{t("recipients")}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field id="status" label={t("status")} error={errors.status}>
                <Select name="status" defaultValue={v.status ?? "approved"}>
                  {statusOptions.map(([value, label]) => (
                    <option key={value} value={value}>
                      {t(label)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="rsvp" label={t("rsvp")} error={errors.rsvp}>
                <Select name="rsvp" defaultValue={v.rsvp ?? ""}>
                  {rsvpOptions.map(([value, label]) => (
                    <option key={value} value={value}>
                      {t(label)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="checkedIn" label={t("checkedIn")} error={errors.checkedIn}>
                <Select name="checkedIn" defaultValue={v.checkedIn ?? ""}>
                  {checkedInOptions.map(([value, label]) => (
                    <option key={value} value={value}>
                      {t(label)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </fieldset>

          <fieldset className="space-y-3 rounded-md border border-zinc-200 p-4">
            <legend className="px-1 text-sm font-semibold text-zinc-900">{t("when")}</legend>
            <div className="flex flex-wrap gap-4">
              {(["now", "later"] as const).map((w) => (
                <label key={w} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="when" value={w} checked={when === w} onChange={() => setWhen(w)} />
                  {w === "now" ? t("now") : t("later")}
                </label>
              ))}
            </div>
            {when === "later" && (
              <Field id="sendAt" label={t("sendAt")} error={errors.sendAt} hint={t("sendAtHint", { zone: timeZone })}>
                <Input type="datetime-local" name="sendAt" defaultValue={v.sendAt} />
              </Field>
            )}
          </fieldset>

          <div className="flex flex-col-reverse gap-3 border-t border-zinc-200 pt-5 sm:flex-row sm:justify-end">
            <TestButton formAction={test} onClick={() => setTestId(crypto.randomUUID())} />
            <SendButton label={when === "later" ? t("schedule") : t("send")} />
          </div>
        </form>
        <PlaceholderList placeholders={placeholders} onInsert={(name) => setBody((b) => `${b}{{${name}}}`)} />
      </div>
      <div className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <EmailPreviewPanel answer={preview.answer} lastGood={preview.lastGood} pending={preview.pending} sampleName="Μαρία Παπαδοπούλου" />
      </div>
    </div>
  );
}

function SendButton({ label }: { label: string }) {
  const t = useTranslations("messaging.announcements");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? t("sending") : label}
    </Button>
  );
}

function TestButton({ formAction, onClick }: { formAction: (form: FormData) => void; onClick: () => void }) {
  const t = useTranslations("messaging.announcements");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" formAction={formAction} onClick={onClick} disabled={pending} aria-disabled={pending}>
      {pending ? t("testing") : t("test")}
    </Button>
  );
}
