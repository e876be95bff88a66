"use server";
// Import actions: session → form schema → startImport (which checks the event through the
// organizer's access, in the same transaction that writes the operation and enqueues its job).
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { getImportOperation } from "@/lib/db/queries/imports";
import { importParamsSchema } from "@/lib/imports/import-settings";
import { startImport, type StartImportResult } from "@/lib/imports/start-import";
import { startImportFormSchema } from "@/lib/imports/start-import-form";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

const NOT_FOUND = "This event or file does not exist, or you cannot import into it.";

function answer(eventId: string, result: StartImportResult, values?: Record<string, string>): FormState {
  if (result.ok) redirect(`/events/${eventId}/import/${result.operationId}`);
  return { error: result.reason === "not_found" ? NOT_FOUND : result.message, values };
}

/** "Start import" on the preview page. */
export async function startImportAction(eventId: string, uploadId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizer();
  const raw = formToObject(form);
  const values = keptValues(raw);
  const parsed = startImportFormSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const { _form, ...rest } = errors;
    return { error: _form ?? "Check the highlighted choices.", fieldErrors: rest, values };
  }
  if (typeof eventId !== "string" || typeof uploadId !== "string") return { error: NOT_FOUND };
  return answer(eventId, await startImport(db(), user, eventId, { uploadId, ...parsed.data }), values);
}

const afterDryRunSchema = z.object({
  requestKey: z.uuid({ error: "This form is out of date: reload the page and try again." }),
  sendEmails: z.preprocess((v) => v === "on", z.boolean()),
});

/** "Import these rows" on a finished dry run: the same file and settings, for real. */
export async function importAfterDryRunAction(eventId: string, operationId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizer();
  const parsed = afterDryRunSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const event = typeof eventId === "string" ? await getEventForUser(db(), user, eventId) : null;
  const dryRun = event && typeof operationId === "string" ? await getImportOperation(db(), event.id, operationId) : null;
  const params = dryRun ? importParamsSchema.safeParse(dryRun.params) : null;
  if (!event || !params?.success) return { error: NOT_FOUND };
  const { uploadId, encoding, delimiter, headerRow, mapping } = params.data;
  return answer(
    event.id,
    await startImport(db(), user, event.id, {
      uploadId,
      settings: { encoding, delimiter, headerRow },
      mapping,
      dryRun: false,
      sendEmails: parsed.data.sendEmails,
      requestKey: parsed.data.requestKey,
    }),
  );
}
