"use server";
// Import actions: eventItemAction checks the session and the event → form schema → startImport
// (which checks the event through the organizer's access again, in the same transaction that writes
// the operation and enqueues its job). Every refusal is worded in the organizer's dashboard language.
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventItemAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { getImportOperation } from "@/lib/db/queries/imports";
import { importParamsSchema } from "@/lib/imports/import-settings";
import { startImport, type StartImportResult } from "@/lib/imports/start-import";
import { failureText } from "@/lib/imports/import-reason";
import { startFormFailure, startImportFormSchema } from "@/lib/imports/start-import-form";
import { importWords } from "@/lib/imports/stored-import-reason";
import { userLocale } from "@/lib/i18n/user-locale";
import { keptValues, type FormState } from "@/lib/validation/form-state";

const words = async () => importWords(await userLocale());

const notFound = async (): Promise<FormState> => ({ error: (await words()).t("actions.notFound") });

async function answer(eventId: string, result: StartImportResult, values?: Record<string, string>): Promise<FormState> {
  if (result.ok) redirect(`/events/${eventId}/import/${result.operationId}`);
  if (result.reason === "not_found") return notFound();
  return { error: failureText(result.problem, await words()), values };
}

/** One message per field (a "_form" issue on top, else a summary), with what was typed. */
async function refusedForm(error: z.ZodError, raw: Record<string, string>): Promise<FormState> {
  const w = await words();
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= failureText(startFormFailure(issue), w);
  const { _form, ...rest } = fieldErrors;
  return { error: _form ?? w.t("actions.checkChoices"), fieldErrors: rest, values: keptValues(raw) };
}

/** "Start import" on the preview page, bound to the event and the uploaded file. */
export const startImportAction = eventItemAction({
  schema: startImportFormSchema,
  invalid: refusedForm,
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
  invalid: async (error) => ({ error: failureText(startFormFailure(error.issues[0]), await words()) }),
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
