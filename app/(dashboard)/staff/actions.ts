"use server";
// Staff management, owner only: each action checks the session and the role itself, parses with zod
// and calls one use-case.
import { revalidatePath } from "next/cache";
import { requireOwner } from "@/lib/auth/require-owner";
import { db } from "@/lib/db/client";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { revokeInvitation } from "@/lib/staff/revoke-invitation";
import { updateStaffEvents } from "@/lib/staff/update-staff-events";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
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
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: keptValues(raw), eventIds: eventIds.slice(0, 500) };
  const result = await inviteStaff(db(), owner, parsed.data);
  if (!result.ok) return { fieldErrors: result.fieldErrors, values: keptValues(raw), eventIds: parsed.data.eventIds };
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
  if (!(form instanceof FormData)) return { error: "Choose events from the list." };
  const eventIds = form.getAll("eventIds").filter((v): v is string => typeof v === "string");
  const parsed = updateStaffEventsSchema.safeParse({ userId: form.get("userId"), eventIds });
  if (!parsed.success) return { error: "Choose events from the list." };
  if (!(await updateStaffEvents(db(), parsed.data))) return { error: "This account no longer exists." };
  revalidatePath("/staff");
  return { saved: (prev.saved ?? 0) + 1 };
}
