// The dashboard's and the door's language for the signed-in user: their stored choice, else the
// visitor's (cookie, browser), else English. A stored code that is not supported counts as none.
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getUserLanguage } from "@/lib/db/queries/users";
import { isLocale, type Locale } from "./locales";
import { visitorLocale } from "./request-locale";

/** Once per request, however many components ask. */
export const userLocale = cache(async (): Promise<Locale> => {
  const user = await getSessionUser();
  const stored = user ? await getUserLanguage(db(), user.id) : null;
  return isLocale(stored) ? stored : visitorLocale();
});
