"use server";
// The dashboard's (and the door's) language switcher: stored on the signed-in user, mirrored in a
// cookie so the sign-in page speaks it too, then back to the page it was used on.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { setUserLanguage } from "@/lib/db/queries/users";
import { isLocale } from "@/lib/i18n/locales";
import { UI_LANGUAGE_COOKIE } from "@/lib/i18n/request-locale";

/** Only a path on this site (never //host or a scheme): an open redirect otherwise. */
function safeBack(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]{0,500}$/.test(value) ? value : "/";
}

export async function chooseDashboardLanguageAction(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const language = form.get("language");
  if (isLocale(language)) {
    await setUserLanguage(db(), user.id, language);
    (await cookies()).set(UI_LANGUAGE_COOKIE, language, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  }
  redirect(safeBack(form.get("back")));
}
