// What the email template editor sends: which email, its subject and body. Lengths and characters
// are checked first (a 1 MB body is refused by its length alone); then every {{placeholder}} must be
// one this kind of email can fill. Shared by the save and preview actions. The messages here are
// English, for logs and tests; each issue carries a code (`params.code`, or a placeholder problem in
// `params.problem`) that lib/i18n/template-field-messages.ts words in the organizer's language.
import { z } from "zod";
import { messageKinds } from "@/lib/db/schema/messages";
import { templateProblems } from "@/lib/email/parse-template";

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

// Control characters other than tab and newline; the subject allows neither newline nor tab.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const BODY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const SUBJECT_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

const count = (n: number) => n.toLocaleString("en-GB");

export const kindSchema = z.enum(messageKinds, { error: "Choose one of the emails listed" });

const subject = z
  .string({ error: "Subject is required" })
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .min(1, "Subject is required")
      .max(SUBJECT_MAX, `Subject must be at most ${SUBJECT_MAX} characters`)
      .refine((v) => !/[\r\n]/.test(v), { message: "Subject must be a single line", params: { code: "singleLine" } })
      .refine((v) => !SUBJECT_CONTROL.test(v), {
        message: "Subject contains characters that are not allowed",
        params: { code: "badCharacters" },
      }),
  );

const body = z
  .string({ error: "Body is required" })
  .transform((v) => v.replace(/\r\n?/g, "\n").trim())
  .superRefine((v, ctx) => {
    // continue: false — a body that breaks these rules is not read for placeholders (1 MB of text).
    if (v.length === 0) ctx.addIssue({ code: "custom", message: "Body is required", params: { code: "required" }, continue: false });
    else if (v.length > BODY_MAX) {
      ctx.addIssue({
        code: "custom",
        message: `Body must be at most ${count(BODY_MAX)} characters; this one has ${count(v.length)}`,
        params: { code: "tooLong", max: BODY_MAX, count: v.length },
        continue: false,
      });
    } else if (BODY_CONTROL.test(v))
      ctx.addIssue({
        code: "custom",
        message: "Body contains characters that are not allowed",
        params: { code: "badCharacters" },
        continue: false,
      });
  });

/** The fields' own rules, without the placeholder check: what the live preview accepts. */
export const emailTemplateDraftSchema = z.object({ kind: kindSchema, subject, body });

/**
 * What can be saved: the draft rules plus every placeholder known and available for the kind
 * (`answerKeys`: the event's question placeholders, {{answer.<key>}}).
 */
export const emailTemplateSchemaFor = (answerKeys: readonly string[]) =>
  emailTemplateDraftSchema.superRefine((v, ctx) => {
    const problems = templateProblems(v, v.kind, answerKeys);
    for (const field of ["subject", "body"] as const) {
      for (const problem of problems[field]) {
        const params = { problem: { code: problem.code, values: problem.values } };
        ctx.addIssue({ code: "custom", path: [field], message: problem.message, input: problem.text, params });
      }
    }
  });

export const emailTemplateSchema = emailTemplateSchemaFor([]);

export type EmailTemplateInput = z.output<typeof emailTemplateSchema>;

/** Every message per field (a body can have several placeholder problems at once). */
export function allFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= [];
    out[key].push(issue.message);
  }
  return out;
}

/** What the save and reset actions answer. `values` holds the wording now in force after success. */
export type EmailTemplateFormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: { subject: string; body: string };
};

/** The subject and body rules on their own, for emails written once (announcements). */
export const templateSubjectSchema = subject;
export const templateBodySchema = body;
