"use server";
// Public registration: the form's server action (the steps are in ./submit-registration.ts).
//
// Post → redirect → get: a form posted without JavaScript goes to ./register/route.ts, which
// answers a registration with a 303 to a small confirmation page (a refresh there does not post
// again, and no page is rendered for it); a post it cannot answer that way (the form must show
// again, with its errors) it hands here with a 307. Here, with JavaScript (the form marks its post
// with js=1) the answer stays an action state: the confirmation appears in place at once; without
// it, a registration is answered with the same redirect.
import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import type { RegistrationState } from "@/lib/validation/participants";
import { completeRegistration, formLocale, isRead, readRegistration, registeredPath, registrationBudget } from "./submit-registration";

export async function registerAction(slug: string, _prev: RegistrationState, form: FormData): Promise<RegistrationState> {
  const locale = form instanceof FormData ? formLocale(form) : "en";
  const budget = await registrationBudget(String(slug), await headers(), locale);
  if (budget.refused) return budget.refused;
  const read = await readRegistration(slug, form, locale);
  if (!isRead(read)) return read;
  const state = await completeRegistration(read, budget.postsThisMinute, { resendWhenFull: true });
  if (state.status !== "registered" || form.get("js") === "1") return state;
  redirect(registeredPath(read.slug, state.waitlisted), RedirectType.push);
}
