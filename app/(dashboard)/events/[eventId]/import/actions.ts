"use server";
// Import actions: eventItemAction checks the session and the event → form schema → startImport
// (which checks the event through the organizer's access again, in the same transaction that writes
// the operation and enqueues its job).
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventItemAction, perField } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { getImportOperation } from "@/lib/db/queries/imports";
import { importParamsSchema } from "@/lib/imports/import-settings";
import { startImport, type StartImportResult } from "@/lib/imports/start-import";
import { startImportFormSchema } from "@/lib/imports/start-import-form";
import { keptValues, type FormState } from "@/lib/validation/form-state";

const NOT_FOUND = "This event or file does not exist, or you cannot import into it.";
const notFound = (): FormState => ({ error: NOT_FOUND });

function answer(eventId: string, result: StartImportResult, values?: Record<string, string>): FormState {
  if (result.ok) redirect(`/events/${eventId}/import/${result.operationId}`);
  return { error: result.reason === "not_found" ? NOT_FOUND : result.message, values };
}

/** "Start import" on the preview page, bound to the event and the uploaded file. */
export const startImportAction = eventItemAction({
  schema: startImportFormSchema,
  invalid: (error, raw) => perField(error, raw, "Check the highlighted choices."),
  noEvent: notFound,
  run: async ({ user, event, input, raw, ids: [uploadId] }) =>
    answer(event.id, await startImport(db(), user, event.id, { uploadId, ...input }), keptValues(raw)),
});

const afterDryRunSchema = z.object({
  requestKey: z.uuid({ error: "This form is out of date: reload the page and try again." }),
  sendEmails: z.preprocess((v) => v === "on", z.boolean()),
});

/** "Import these rows" on a finished dry run (bound to the event and the dry run): the same file and settings, for real. */
export const importAfterDryRunAction = eventItemAction({
  schema: afterDryRunSchema,
  noEvent: notFound,
  run: async ({ user, event, input, ids: [operationId] }) => {
    const dryRun = await getImportOperation(db(), event.id, operationId);
    const params = dryRun ? importParamsSchema.safeParse(dryRun.params) : null;
    if (!params?.success) return notFound();
    const { uploadId, encoding, delimiter, headerRow, mapping, questionColumns } = params.data;
    return answer(
      event.id,
      await startImport(db(), user, event.id, {
        uploadId,
        settings: { encoding, delimiter, headerRow },
        mapping,
        questionColumns,
        dryRun: false,
        sendEmails: input.sendEmails,
        requestKey: input.requestKey,
      }),
    );
  },
});
