"use server";
// Retry a failed job, cancel a waiting one: the owner only, checked here on every call.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelJob } from "@/lib/queue-admin/cancel-job";
import { retryJob, type JobCommandResult } from "@/lib/queue-admin/retry-job";
import { ownerOrNull } from "./owner-or-null";

export type JobActionState = { message?: string; error?: string };

const jobRef = z.object({ queue: z.string().trim().min(1).max(200), id: z.uuid() });

async function command(
  form: FormData,
  run: (queue: string, id: string) => Promise<JobCommandResult>,
  done: string,
  wrongState: string,
): Promise<JobActionState> {
  if (!(await ownerOrNull())) return { error: "Only the owner can retry or cancel jobs. Sign in as the owner and try again." };
  if (!(form instanceof FormData)) return { error: "The request was not understood. Reload the page and try again." };
  const parsed = jobRef.safeParse({ queue: form.get("queue"), id: form.get("id") });
  if (!parsed.success) return { error: "The request was not understood. Reload the page and try again." };
  const result = await run(parsed.data.queue, parsed.data.id);
  if (!result.ok)
    return { error: result.reason === "not_found" ? "This job no longer exists. Reload the page to see the current list." : wrongState };
  revalidatePath("/jobs");
  return { message: done };
}

export async function retryJobAction(_prev: JobActionState, form: FormData): Promise<JobActionState> {
  return command(
    form,
    retryJob,
    "Queued again: a worker will pick it up in a moment.",
    "This job is no longer failed (it may have been retried already). Reload the page.",
  );
}

export async function cancelJobAction(_prev: JobActionState, form: FormData): Promise<JobActionState> {
  return command(
    form,
    cancelJob,
    "Cancelled: it will not run again.",
    "This job has already finished, so it cannot be cancelled. Reload the page.",
  );
}
