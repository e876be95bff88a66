// The sign-in, setup, invitation and password-reset forms' validation messages in the page's
// language. Their zod schemas (lib/validation/auth.ts, staff.ts) keep English messages for the
// server's logs and tests; what people read is chosen here by field and kind of issue, in the
// browser (CheckedForm's issues) and in the server actions alike.
import type { z } from "zod";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Values = Record<string, number>;

/** First message per field. On the sign-in form an over-long password is simply a wrong one. */
export function authFieldErrors(error: z.ZodError, t: Translate, options: { signIn?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out[field]) continue;
    const [key, values] = authIssueKey(issue, options.signIn === true);
    out[field] = t(`validation.${key}`, values);
  }
  return out;
}

/** The auth.validation key (and its numbers) that words one issue. */
export function authIssueKey(issue: z.core.$ZodIssue, signIn = false): [AuthIssueKey, Values] {
  const tooBig = issue.code === "too_big" ? Number(issue.maximum) : null;
  switch (String(issue.path[0] ?? "")) {
    case "name":
      if (tooBig !== null) return ["nameTooLong", { max: tooBig }];
      return [issue.code === "custom" ? "nameBadCharacters" : "nameRequired", {}];
    case "email":
      if (tooBig !== null) return ["emailTooLong", { max: tooBig }];
      return [issue.code === "invalid_format" ? "emailInvalid" : "emailRequired", {}];
    case "password":
      if (tooBig !== null) return signIn ? ["wrongCredentials", {}] : ["passwordTooLong", { max: tooBig }];
      if (issue.code === "too_small" && Number(issue.minimum) > 1) return ["passwordTooShort", { min: Number(issue.minimum) }];
      return ["passwordRequired", {}];
    case "confirmPassword":
      return [issue.code === "custom" ? "mismatch" : "confirmRequired", {}];
    default:
      return ["invalid", {}];
  }
}

export const authIssueKeys = [
  "nameRequired",
  "nameTooLong",
  "nameBadCharacters",
  "emailRequired",
  "emailTooLong",
  "emailInvalid",
  "passwordRequired",
  "passwordTooShort",
  "passwordTooLong",
  "confirmRequired",
  "mismatch",
  "wrongCredentials",
  "invalid",
] as const;
export type AuthIssueKey = (typeof authIssueKeys)[number];

const LIBRARY_CODES = new Set([
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "USER_ALREADY_EXISTS",
  "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
  "INVALID_EMAIL",
  "INVALID_ORIGIN",
  "EMAIL_NOT_VERIFIED",
  "FAILED_TO_CREATE_USER",
  "FAILED_TO_CREATE_SESSION",
]);

/** A Better Auth error code as words of the catalogue (never the library's English). */
export function authLibraryError(code: string | undefined, t: Translate): string {
  if (code && LIBRARY_CODES.has(code)) return t(`libraryErrors.${code}`);
  return t("libraryErrors.other", { code: (code ?? "").replace(/[^A-Z0-9_]/g, "").slice(0, 60) || "?" });
}
