"use server";
// Owner setup: parse, then the createOwner use-case (which refuses once any account exists and
// settles a race through the database). On success the session cookie is set and we go to /events.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createOwner } from "@/lib/auth/create-owner";
import { db } from "@/lib/db/client";
import { setupSchema } from "@/lib/validation/auth";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function setupOwnerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const values = keptValues(raw, ["password", "confirmPassword"]);
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const result = await createOwner(db(), parsed.data, await headers());
  if (!result.ok) {
    if (result.reason === "exists")
      return { error: "The owner account has already been created (perhaps a moment ago, in another window). Sign in instead.", values };
    return { error: result.message ? `The account could not be created: ${result.message}` : "The account could not be created.", values };
  }
  redirect("/events");
}
