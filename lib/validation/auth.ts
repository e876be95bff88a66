// Owner setup and sign-in forms: shared by the browser (checked before sending) and the actions.
import { z } from "zod";
import { email, text } from "./fields";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const setupSchema = z
  .object({
    name: text("Name", 100),
    email,
    password: z
      .string({ error: "Password is required" })
      .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
      .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`),
    confirmPassword: z.string({ error: "Repeat the password" }).min(1, "Repeat the password"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match" });

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(PASSWORD_MAX, "Wrong email or password"),
});

export type SetupInput = z.output<typeof setupSchema>;
export type SignInInput = z.output<typeof signInSchema>;

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: z
      .string({ error: "Password is required" })
      .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
      .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`),
    confirmPassword: z.string({ error: "Repeat the password" }).min(1, "Repeat the password"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match" });
