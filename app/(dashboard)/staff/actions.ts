"use server";
// Staff management, owner only: each action checks the session and the role itself, parses with zod
// and calls one use-case.
import { revalidatePath } from "next/cache";
import { requireOwner } from "@/lib/auth/require-owner";
import { db } from "@/lib/db/client";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { revokeInvitation } from "@/lib/staff/revoke-invitation";
import { updateStaffEvents } from "@/lib/staff/update-staff-events";
import { authFieldErrors } from "@/lib/i18n/auth-field-messages";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { formToObject } from "@/lib/validation/fields";
import { keptValues } from "@/lib/validation/form-state";
import {
  inviteStaffSchema,
  revokeInvitationSchema,
  updateStaffEventsSchema,
  type InviteState,
  type StaffEventsState,
} from "@/lib/validation/staff";

export async function inviteStaffAction(_prev: InviteState, form: FormData): Promise<InviteState> {
  const owner = await requireOwner();
  const raw = formToObject(form);
  if (!(form instanceof FormData)) return { fieldErrors: {}, values: {}, eventIds: [] };
  const eventIds = form.getAll("eventIds").filter((v): v is string => typeof v === "string");
  const parsed = inviteStaffSchema.safeParse({ ...raw, eventIds });
  const t = translator(await userLocale(), "ops");
  if (!parsed.success) {
    // Name and email worded as on the other account forms; role and events by the staff catalogue.
    const auth = translator(await userLocale(), "auth");
    const errors = authFieldErrors(parsed.error, (key, values) => auth(key as never, values as never));
    if (errors.role) errors.role = t("staff.errors.role");
    if (errors.eventIds)
      errors.eventIds = parsed.error.issues.some((i) => i.path[0] === "eventIds" && i.code === "too_big")
        ? t("staff.errors.tooManyEvents", { max: 500 })
        : t("staff.errors.events");
    return { fieldErrors: errors, values: keptValues(raw), eventIds: eventIds.slice(0, 500) };
  }
  const result = await inviteStaff(db(), owner, parsed.data);
  // The one refusal the use-case has: an account with that email exists.
  if (!result.ok)
    return { fieldErrors: { email: t("staff.errors.accountExists") }, values: keptValues(raw), eventIds: parsed.data.eventIds };
  revalidatePath("/staff");
  return { invited: { name: parsed.data.name, email: parsed.data.email, link: result.link } };
}

export async function revokeInvitationAction(form: FormData): Promise<void> {
  await requireOwner();
  const parsed = revokeInvitationSchema.safeParse(formToObject(form));
  if (parsed.success) await revokeInvitation(db(), parsed.data.invitationId);
  revalidatePath("/staff");
}

export async function updateStaffEventsAction(prev: StaffEventsState, form: FormData): Promise<StaffEventsState> {
  await requireOwner();
  const t = translator(await userLocale(), "ops");
  if (!(form instanceof FormData)) return { error: t("staff.errors.events") };
  const eventIds = form.getAll("eventIds").filter((v): v is string => typeof v === "string");
  const parsed = updateStaffEventsSchema.safeParse({ userId: form.get("userId"), eventIds });
  if (!parsed.success) return { error: t("staff.errors.events") };
  if (!(await updateStaffEvents(db(), parsed.data))) return { error: t("staff.errors.accountGone") };
  revalidatePath("/staff");
  return { saved: (prev.saved ?? 0) + 1 };
}
