// What each queue is called on the Jobs page: what it does, in words (ops.jobs.queueNames in the
// catalogues, keyed by the queue's name with "." as "_"), with its internal name beside it for whoever
// reads the logs. A queue not listed (a new job) falls back to its name made readable.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** A readable name for a queue ("__pgboss__send-it" → "Queue system: send it"). */
export function queueLabel(name: string, locale: Locale = "en"): string {
  const t = translator(locale, "ops");
  const key = `jobs.queueNames.${name.replaceAll(".", "_")}`;
  if (!name.startsWith("__") && t.has(key as "jobs.title")) return t(key as "jobs.title");
  if (name.startsWith("__pgboss__")) return t("jobs.queueNames.system", { name: name.slice("__pgboss__".length).replaceAll("-", " ") });
  const words = name.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
