"use server";
// Retry a failed job, cancel a waiting one: the owner only, checked here on every call.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { cancelJob } from "@/lib/queue-admin/cancel-job";
import { retryJob, type JobCommandResult } from "@/lib/queue-admin/retry-job";
import { ownerOrNull } from "./owner-or-null";

export type JobActionState = { message?: string; error?: string };

const jobRef = z.object({ queue: z.string().trim().min(1).max(200), id: z.uuid() });

// done and wrongState: keys of ops.jobs.actions, worded in the owner's dashboard language.
async function command(
  form: FormData,
  run: (queue: string, id: string) => Promise<JobCommandResult>,
  done: "retried" | "cancelled",
  wrongState: "notFailed" | "finished",
): Promise<JobActionState> {
  const t = await getTranslations("ops.jobs.actions");
  if (!(await ownerOrNull())) return { error: t("notOwner") };
  if (!(form instanceof FormData)) return { error: t("badRequest") };
  const parsed = jobRef.safeParse({ queue: form.get("queue"), id: form.get("id") });
  if (!parsed.success) return { error: t("badRequest") };
  const result = await run(parsed.data.queue, parsed.data.id);
  if (!result.ok) return { error: result.reason === "not_found" ? t("notFound") : t(wrongState) };
  revalidatePath("/jobs");
  return { message: t(done) };
}

export async function retryJobAction(_prev: JobActionState, form: FormData): Promise<JobActionState> {
  return command(form, retryJob, "retried", "notFailed");
}

export async function cancelJobAction(_prev: JobActionState, form: FormData): Promise<JobActionState> {
  return command(form, cancelJob, "cancelled", "finished");
}
