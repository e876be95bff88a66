// Building blocks shared by the form schemas: trimmed text with a length limit and no control
// characters (a 1 MB name or an embedded NUL is refused with a message, never stored half-way).
import { z } from "zod";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function text(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), `${label} contains characters that are not allowed`);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), `${label} contains characters that are not allowed`)
    .optional()
    .transform((v) => (v ? v : undefined));
}

export const email = z
  .string({ error: "Email is required" })
  .trim()
  .min(1, "Email is required")
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((v) => v.toLowerCase());

/**
 * Turn a FormData into a plain object (last value wins; File values are dropped). A server action
 * can be called by hand with any argument, or none: anything but a FormData is an empty form, which
 * the schema then refuses with a message rather than a crash.
 */
export function formToObject(form: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(form instanceof FormData)) return out;
  for (const [k, v] of form.entries()) if (typeof v === "string") out[k] = v;
  return out;
}

export type FieldErrors = Record<string, string>;

/** First message per field, keyed by the field's name, for showing next to each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= issue.message;
  }
  return out;
}
