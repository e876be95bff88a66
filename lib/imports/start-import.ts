// "Start import": one transaction checks the organizer's access to the event and the upload, reads
// the file's start again with the chosen settings (to refuse an unreadable file and to keep the
// header for the report), writes the operation and enqueues participants.import. The request key
// (made when the preview page was rendered) is unique: pressing the button twice starts one import.
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { getImportUpload } from "@/lib/db/queries/imports";
import { sendJob } from "@/lib/queue/boss";
import { mappingFields, type ColumnMapping } from "./header-mapping";
import { activeQuestions } from "@/lib/questions/definitions";
import { columnsRepeat, importParamsSchema, type ImportParams, type ReadSettings } from "./import-settings";
import { previewUpload } from "./preview-upload";
import { startOperation } from "@/lib/operations/start-operation";
import type { ImportFailure } from "./import-reason";
import { startFormFailure } from "./start-import-form";

const refused = (problem: ImportFailure) => ({ ok: false, reason: "invalid", problem }) as const;

export type StartImportInput = {
  uploadId: string;
  settings: ReadSettings;
  mapping: ColumnMapping;
  /** Question id → column (the event's active questions only). */
  questionColumns?: Record<string, number>;
  dryRun: boolean;
  sendEmails: boolean;
  requestKey: string;
};

export type StartImportResult =
  | { ok: true; operationId: string }
  | { ok: false; reason: "not_found" }
  /** Why the import cannot start, worded by the reader (import-reason.ts). */
  | { ok: false; reason: "invalid"; problem: ImportFailure };

export async function startImport(
  db: Db,
  user: Pick<SessionUser, "id" | "name" | "role">,
  eventId: string,
  input: StartImportInput,
): Promise<StartImportResult> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, user, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const upload = await getImportUpload(tx, event.id, input.uploadId);
    if (!upload) return { ok: false, reason: "not_found" } as const;

    const preview = await previewUpload(tx, upload, input.settings);
    if (preview.problem) return refused(preview.problem);
    const questionColumns = input.questionColumns ?? {};
    const missing =
      mappingFields.some((f) => input.mapping[f] !== null && input.mapping[f]! >= preview.columnCount) ||
      Object.values(questionColumns).some((c) => c >= preview.columnCount);
    if (missing) return refused({ code: "columnNotInFile" });

    const asked = new Set(activeQuestions(event.questions ?? []).map((q) => q.id));
    if (Object.keys(questionColumns).some((id) => !asked.has(id))) return refused({ code: "questionGone" });
    if (columnsRepeat(input.mapping, questionColumns)) return refused({ code: "columnRepeated" });

    const parsed = importParamsSchema.safeParse({
      ...input.settings,
      uploadId: upload.id,
      filename: upload.filename.slice(0, 255),
      mapping: input.mapping,
      questionColumns,
      dryRun: input.dryRun,
      sendEmails: input.sendEmails && !input.dryRun,
      columns: (preview.header ?? []).slice(0, 200).map((c) => c.slice(0, 200)),
    });
    if (!parsed.success) return refused(startFormFailure(parsed.error.issues[0]));
    const params: ImportParams = parsed.data;
    const requestKey = `participants_import:${upload.id}:${input.requestKey}`;
    const created = await startOperation(tx, { eventId: event.id, kind: "participants_import", requestKey, actor: user, params });
    // The same request again (a double click, a resubmitted form): the import it already started.
    if (created.duplicate)
      return created.eventId === event.id
        ? ({ ok: true, operationId: created.id } as const)
        : ({ ok: false, reason: "not_found" } as const);
    await sendJob(tx, "participants.import", { operationId: created.id });
    return { ok: true, operationId: created.id } as const;
  });
}
