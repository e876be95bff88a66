import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/validation/fields";
import { participantFields, registrationSchema } from "@/lib/validation/participants";
import { registrationForm } from "../helpers/forms";

function errorsFor(input: Record<string, unknown>) {
  const result = registrationSchema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrors(result.error!);
}

describe("registration form validation", () => {
  it("accepts a complete registration", () => {
    const result = registrationSchema.parse(registrationForm());
    expect(result).toEqual({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      organisation: "Analytical Engines Ltd",
      phone: "+30 210 123 4567",
      consent: true,
    });
  });

  it("refuses a 1 MB name with a message instead of storing it", () => {
    const errors = errorsFor(registrationForm({ firstName: "A".repeat(1024 * 1024) }));
    expect(errors.firstName).toBe("First name must be at most 100 characters");
  });

  it("accepts a name that looks like HTML or a script as plain text, unchanged", () => {
    const name = `<script>alert("x")</script>`;
    const last = `O'Brien <b>&amp;</b>`;
    const result = registrationSchema.parse(registrationForm({ firstName: name, lastName: last }));
    expect(result.firstName).toBe(name);
    expect(result.lastName).toBe(last);
  });

  it.each(["Γιώργος", "Παπαδόπουλος-Ζαχαρίου", "李小龍", "佐藤 健", "José Ñúñez", "Zoë Ødegård", "François d'Anjou"])(
    "keeps the name %s exactly as typed",
    (name) => {
      const result = registrationSchema.parse(registrationForm({ firstName: name, lastName: name }));
      expect(result.firstName).toBe(name);
      expect(result.lastName).toBe(name);
    },
  );

  it("trims surrounding spaces from names", () => {
    expect(registrationSchema.parse(registrationForm({ firstName: "  Ada  " })).firstName).toBe("Ada");
  });

  it("refuses names containing control characters such as NUL", () => {
    expect(errorsFor(registrationForm({ lastName: "Love\u0000lace" })).lastName).toBe("Last name contains characters that are not allowed");
  });

  it("normalises the email to lower case without surrounding spaces", () => {
    expect(registrationSchema.parse(registrationForm({ email: "  Ada.Lovelace@Example.COM \t" })).email).toBe("ada.lovelace@example.com");
  });

  it.each([
    "not-an-email",
    "ada@",
    "@example.com",
    "ada@example",
    "ada lovelace@example.com",
    "ada@@example.com",
    `${"a".repeat(250)}@example.com`,
  ])("refuses the invalid email %s", (email) => {
    expect(errorsFor(registrationForm({ email })).email).toBeTruthy();
  });

  it("explains what a valid email looks like", () => {
    expect(errorsFor(registrationForm({ email: "nope" })).email).toBe("Enter a valid email address, like name@example.com");
  });

  it("names every missing required field", () => {
    const errors = errorsFor({});
    expect(errors).toMatchObject({
      firstName: "First name is required",
      lastName: "Last name is required",
      email: "Email is required",
      consent: "Please agree so that we can process your registration",
    });
  });

  it("treats blank required fields as missing", () => {
    const errors = errorsFor(registrationForm({ firstName: "   ", email: "" }));
    expect(errors.firstName).toBe("First name is required");
    expect(errors.email).toBe("Email is required");
  });

  it("leaves optional fields out when they are blank", () => {
    const result = registrationSchema.parse(registrationForm({ organisation: "  ", phone: "" }));
    expect(result.organisation).toBeUndefined();
    expect(result.phone).toBeUndefined();
  });

  it("refuses a phone number with letters", () => {
    expect(errorsFor(registrationForm({ phone: "call me maybe" })).phone).toBe("Enter a phone number using digits, spaces and + - ( )");
  });

  it("requires consent on the public form but not for the participant fields alone", () => {
    expect(errorsFor(registrationForm({ consent: undefined })).consent).toBeTruthy();
    expect(errorsFor(registrationForm({ consent: "off" })).consent).toBeTruthy();
    const { consent: _consent, ...fields } = registrationForm();
    expect(participantFields.safeParse(fields).success).toBe(true);
  });
});
