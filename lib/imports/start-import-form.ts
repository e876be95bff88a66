// The preview page's "Start import" form as it is posted (strings), turned into the settings,
// mapping and options of startImport. Shared by the form (to name its fields) and the action.
import { z } from "zod";
import type { ImportFailure } from "./import-reason";
import { delimiterNames, delimiters, type Delimiter } from "./delimiters";
import { importEncodings } from "./encodings";
import { mappingFields } from "./header-mapping";
import { columnMappingSchema, columnsRepeat } from "./import-settings";
import { MAX_COLUMNS, MAX_HEADER_ROW } from "./limits";

export const delimiterByName = Object.fromEntries(delimiters.map((d) => [delimiterNames[d], d])) as Record<string, Delimiter>;
export const delimiterNameSchema = z.enum(["comma", "semicolon", "tab"]);

const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());
const column = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_COLUMNS - 1)
    .nullable(),
);

/** The form field of a question's column choice. */
export const questionColumnField = (questionId: string) => `question_${questionId}`;
const QUESTION_FIELD = /^question_([a-z0-9]{1,40})$/;

export const startImportFormSchema = z
  // Loose: the question_<id> fields are read in the transform (their ids are the event's).
  .looseObject({
    encoding: z.enum(importEncodings, { error: "Choose the file’s encoding." }),
    delimiter: delimiterNameSchema,
    headerRow: z.coerce.number().int().min(0).max(MAX_HEADER_ROW),
    email: column,
    firstName: column,
    lastName: column,
    fullName: column,
    organisation: column,
    phone: column,
    dryRun: checkbox,
    sendEmails: checkbox,
    requestKey: z.uuid({ error: "This form is out of date: reload the page and try again." }),
  })
  .transform((f, ctx) => {
    const mapping = Object.fromEntries(mappingFields.map((k) => [k, f[k]])) as z.output<typeof columnMappingSchema>;
    const checked = columnMappingSchema.safeParse(mapping);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const questionColumns: Record<string, number> = {};
    for (const [name, value] of Object.entries(f)) {
      const id = QUESTION_FIELD.exec(name)?.[1];
      if (!id || value === "" || value === undefined || value === null) continue;
      const columnIndex = column.safeParse(value);
      if (!columnIndex.success || columnIndex.data === null) {
        ctx.addIssue({ code: "custom", path: [name], message: "Choose a column from the list." });
        return z.NEVER;
      }
      questionColumns[id] = columnIndex.data;
    }
    if (columnsRepeat(checked.data, questionColumns)) {
      ctx.addIssue({ code: "custom", path: ["_form"], message: "Each column can be used for one field only." });
      return z.NEVER;
    }
    return {
      settings: { encoding: f.encoding, delimiter: delimiterByName[f.delimiter], headerRow: f.headerRow },
      mapping: checked.data,
      questionColumns,
      dryRun: f.dryRun,
      sendEmails: f.sendEmails && !f.dryRun,
      requestKey: f.requestKey,
    };
  });

/**
 * What a refusal of this form (or of the settings startImport checks again, importParamsSchema) is
 * about, by its field: worded in the organizer's language by the action (import-reason.ts).
 */
export function startFormFailure(issue: z.core.$ZodIssue): ImportFailure {
  const path = issue.path.map(String);
  const field = path[path.length - 1] ?? "";
  if (field === "encoding") return { code: "chooseEncoding" };
  if (field === "requestKey") return { code: "formOutOfDate" };
  if (field === "_form") return { code: "columnRepeated" };
  if (field === "email" && issue.code === "custom") return { code: "chooseEmailColumn" };
  if (field === "firstName" && issue.code === "custom") return { code: "chooseNameColumns" };
  if (path[0] === "questionColumns") return { code: issue.code === "custom" ? "tooManyQuestionColumns" : "chooseColumn" };
  if (QUESTION_FIELD.test(field) || (mappingFields as readonly string[]).includes(field)) return { code: "chooseColumn" };
  return { code: "notUnderstood" };
}
