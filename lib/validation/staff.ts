// Staff management forms (owner only) and the invitation's password form.
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./auth";
import { email, text } from "./fields";
import type { FormState } from "./form-state";

export const staffRoles = ["organizer", "door_staff"] as const;
export type StaffRole = (typeof staffRoles)[number];
export const staffRoleLabels: Record<StaffRole, string> = { organizer: "Organizer", door_staff: "Door staff" };

const MAX_EVENTS = 500;
const eventIds = z
  .array(z.uuid("Choose events from the list"))
  .max(MAX_EVENTS, `Choose at most ${MAX_EVENTS} events`)
  .transform((ids) => [...new Set(ids)]);

export const inviteStaffSchema = z.object({
  name: text("Name", 100),
  email,
  role: z.enum(staffRoles, { error: "Choose a role" }),
  eventIds,
});

export const updateStaffEventsSchema = z.object({
  userId: z.string().min(1).max(100),
  eventIds,
});

export const revokeInvitationSchema = z.object({ invitationId: z.uuid() });

export const acceptInvitationSchema = z
  .object({
    token: z.string().max(100),
    password: z
      .string({ error: "Password is required" })
      .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
      .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`),
    confirmPassword: z.string({ error: "Repeat the password" }).min(1, "Repeat the password"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match" });

export type InviteStaffInput = z.output<typeof inviteStaffSchema>;

export type InviteState = FormState & {
  eventIds?: string[];
  /** Shown once after a successful invitation: the link cannot be shown again (only its hash is kept). */
  invited?: { name: string; email: string; link: string };
};

export type StaffEventsState = { saved?: number; error?: string };
