// The preview page's "Start import" form as it is posted (strings), turned into the settings,
// mapping and options of startImport. Shared by the form (to name its fields) and the action.
import { z } from "zod";
import { delimiterNames, delimiters, type Delimiter } from "./delimiters";
import { importEncodings } from "./encodings";
import { mappingFields } from "./header-mapping";
import { columnMappingSchema } from "./import-settings";
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

export const startImportFormSchema = z
  .object({
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
    return {
      settings: { encoding: f.encoding, delimiter: delimiterByName[f.delimiter], headerRow: f.headerRow },
      mapping: checked.data,
      dryRun: f.dryRun,
      sendEmails: f.sendEmails && !f.dryRun,
      requestKey: f.requestKey,
    };
  });
