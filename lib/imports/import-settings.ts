// How to read an uploaded file and which column is which field: chosen on the preview page, checked
// by the start action, stored in the operation's params and read back by the worker.
import { z } from "zod";
import { delimiters } from "./delimiters";
import { importEncodings } from "./encodings";
import { mappingFields, type ColumnMapping } from "./header-mapping";
import { MAX_COLUMNS, MAX_HEADER_ROW } from "./limits";

const column = z
  .number()
  .int()
  .min(0)
  .max(MAX_COLUMNS - 1)
  .nullable();

export const columnMappingSchema = z
  .object({ email: column, firstName: column, lastName: column, fullName: column, organisation: column, phone: column })
  .superRefine((m, ctx) => {
    if (m.email === null) ctx.addIssue({ code: "custom", path: ["email"], message: "Choose the column that holds the email addresses." });
    if (m.fullName === null && (m.firstName === null || m.lastName === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["firstName"],
        message: "Choose the first and last name columns, or a full name column to split.",
      });
    }
    const used = mappingFields.map((f) => m[f]).filter((c) => c !== null);
    if (new Set(used).size !== used.length)
      ctx.addIssue({ code: "custom", path: ["_form"], message: "Each column can be used for one field only." });
  });

/** Question id → column; columns must not repeat those of the fields (start-import checks both together). */
export const questionColumnsSchema = z
  .record(z.string().regex(/^[a-z0-9]{1,40}$/), column.unwrap())
  .refine((m) => Object.keys(m).length <= 200, "Too many question columns.");

/** No column used twice, across the participant fields and the questions. */
export function columnsRepeat(mapping: ColumnMapping, questions: Record<string, number>): boolean {
  const used = [...mappingFields.map((f) => mapping[f]).filter((c) => c !== null), ...Object.values(questions)];
  return new Set(used).size !== used.length;
}

export const readSettingsSchema = z.object({
  encoding: z.enum(importEncodings),
  delimiter: z.enum(delimiters),
  /** 1-based record number of the header row; 0 when the file has none. */
  headerRow: z.number().int().min(0).max(MAX_HEADER_ROW),
});
export type ReadSettings = z.output<typeof readSettingsSchema>;

export const importParamsSchema = readSettingsSchema.extend({
  uploadId: z.uuid(),
  filename: z.string().max(255),
  mapping: columnMappingSchema,
  /** The event's questions answered by columns (absent in imports started before questions could be mapped). */
  questionColumns: questionColumnsSchema.default({}),
  dryRun: z.boolean(),
  sendEmails: z.boolean(),
  /** The header's cells (capped), so the report can name the columns it gives back. */
  columns: z.array(z.string().max(200)).max(200),
});
export type ImportParams = z.output<typeof importParamsSchema>;
export type { ColumnMapping };
