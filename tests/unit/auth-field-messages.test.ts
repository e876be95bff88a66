// The sign-in, setup and invitation forms word their validation in the visitor's language, by field
// and kind of issue, and never show Better Auth's English.
import { describe, expect, it } from "vitest";
import { authFieldErrors, authLibraryError } from "@/lib/i18n/auth-field-messages";
import { translator } from "@/lib/i18n/translator";
import { setupSchema, signInSchema } from "@/lib/validation/auth";
import { acceptInvitationSchema } from "@/lib/validation/staff";

const words = (locale: "en" | "el") => {
  const t = translator(locale, "auth");
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

function errorsOf(schema: typeof setupSchema | typeof signInSchema | typeof acceptInvitationSchema, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be refused");
  return parsed.error;
}

describe("auth form messages", () => {
  it("words each setup field's problem in Greek, with the numbers the schema holds", () => {
    const error = errorsOf(setupSchema, { name: "", email: "not-an-address", password: "short", confirmPassword: "" });
    expect(authFieldErrors(error, words("el"))).toEqual({
      name: "Το όνομα είναι υποχρεωτικό",
      email: "Γράψτε μια έγκυρη διεύθυνση email, π.χ. name@example.com",
      password: "Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 10 χαρακτήρες",
      confirmPassword: "Επαναλάβετε τον κωδικό",
    });
  });

  it("keeps the schema's English wording in English", () => {
    const error = errorsOf(setupSchema, { name: "Ann", email: "ann@example.com", password: "long enough 1", confirmPassword: "other" });
    expect(authFieldErrors(error, words("en"))).toEqual({ confirmPassword: "The two passwords do not match" });
    const english = errorsOf(acceptInvitationSchema, { token: "x", password: "x".repeat(129), confirmPassword: "x".repeat(129) });
    expect(authFieldErrors(english, words("en")).password).toBe("Password must be at most 128 characters");
  });

  it("calls an over-long sign-in password a wrong one", () => {
    const error = errorsOf(signInSchema, { email: "ann@example.com", password: "x".repeat(129) });
    expect(authFieldErrors(error, words("el"), { signIn: true })).toEqual({ password: "Λάθος email ή κωδικός πρόσβασης" });
  });

  it("words Better Auth's error codes from the catalogue, an unknown one by its code only", () => {
    expect(authLibraryError("PASSWORD_TOO_SHORT", words("el"))).toBe("ο κωδικός πρόσβασης είναι πολύ σύντομος");
    expect(authLibraryError("SOMETHING_NEW", words("en"))).toBe("an unexpected error (code SOMETHING_NEW)");
    expect(authLibraryError("<b>", words("en"))).toBe("an unexpected error (code ?)");
  });
});
