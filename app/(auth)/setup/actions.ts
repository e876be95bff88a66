"use server";
// Owner setup: parse, then the createOwner use-case (which refuses once any account exists and
// settles a race through the database). On success the session cookie is set and we go to /events.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createOwner } from "@/lib/auth/create-owner";
import { db } from "@/lib/db/client";
import { authFieldErrors, authLibraryError } from "@/lib/i18n/auth-field-messages";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { setupSchema } from "@/lib/validation/auth";
import { formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";

export async function setupOwnerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const values = keptValues(raw, ["password", "confirmPassword"]);
  const t = translator(await visitorLocale(), "auth");
  const say = (key: string, v?: Record<string, string | number>) => t(key as never, v as never);
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: authFieldErrors(parsed.error, say), values };
  const result = await createOwner(db(), parsed.data, await headers());
  if (!result.ok) {
    if (result.reason === "exists") return { error: t("setup.exists"), values };
    return { error: result.code ? t("setup.failedBecause", { reason: authLibraryError(result.code, say) }) : t("setup.failed"), values };
  }
  redirect("/events");
}
