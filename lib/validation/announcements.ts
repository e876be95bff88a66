// The announcement form: wording (the email-template rules), who it is for, and when. "Later" takes a
// wall-clock time in the event's time zone, like the event form, and must lie in the future. English
// messages for logs and tests; lib/i18n/template-field-messages.ts words each issue for the organizer.
import { z } from "zod";
import { announcementFilterSchema } from "@/lib/announcements/recipient-filter";
import { zonedLocalToInstant } from "@/lib/events/time";
import { templateBodySchema, templateSubjectSchema } from "./email-templates";

const EXPIRED_FORM = "This form has expired: reload the page and try again";
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const announcementDraftSchema = z.object({ subject: templateSubjectSchema, body: templateBodySchema });

export function announcementFormSchema(timeZone: string, now = () => new Date()) {
  return z
    .object({
      subject: templateSubjectSchema,
      body: templateBodySchema,
      status: z.unknown(),
      rsvp: z.unknown(),
      checkedIn: z.unknown(),
      when: z.enum(["now", "later"], { error: "Choose when to send" }).default("now"),
      sendAt: z.string().optional(),
      requestId: z.uuid(EXPIRED_FORM),
    })
    .transform((v, ctx) => {
      const filter = announcementFilterSchema.safeParse({ status: v.status, rsvp: v.rsvp, checkedIn: v.checkedIn });
      if (!filter.success) {
        for (const issue of filter.error.issues)
          ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, params: { code: "choose" } });
        return z.NEVER;
      }
      let sendAt: Date | null = null;
      if (v.when === "later") {
        if (!v.sendAt || !LOCAL.test(v.sendAt)) {
          ctx.addIssue({ code: "custom", path: ["sendAt"], message: "Enter the date and time to send", params: { code: "sendAtMissing" } });
          return z.NEVER;
        }
        sendAt = zonedLocalToInstant(v.sendAt, timeZone);
        if (Number.isNaN(sendAt.getTime()) || sendAt <= now()) {
          ctx.addIssue({
            code: "custom",
            path: ["sendAt"],
            message: "Choose a time in the future, or send now",
            params: { code: "sendAtPast" },
          });
          return z.NEVER;
        }
      }
      return { subject: v.subject, body: v.body, filter: filter.data, sendAt, requestId: v.requestId };
    });
}

export type AnnouncementInput = z.output<ReturnType<typeof announcementFormSchema>>;
