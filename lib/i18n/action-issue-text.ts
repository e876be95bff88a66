// What an event action answers when its input is refused and it words nothing itself (the
// default of lib/actions/event-action.ts): the dashboard's shared inputs — a selection of
// participants, the id of the participant or operation it acts on, a reason, the form's request id —
// by field and kind of issue, in the organizer's language; anything else is "not understood".
import type { z } from "zod";
import type { Locale } from "./locales";
import { translator } from "./translator";

export function actionIssueText(issue: z.core.$ZodIssue | undefined, locale: Locale): string {
  const t = translator(locale, "common");
  switch (String(issue?.path[0] ?? "")) {
    case "ids":
      if (issue?.code === "too_big") return t("actions.tooManyParticipants", { max: Number(issue.maximum) });
      if (issue?.path.length === 1) return t("actions.chooseParticipants");
      return t("actions.unknownParticipant");
    case "participantId":
      return t("actions.unknownParticipant");
    case "operationId":
      return t("actions.unknownOperation");
    case "requestId":
      return t("actions.expiredForm");
    case "reason":
      if (issue?.code === "too_big") return t("actions.reasonTooLong", { max: Number(issue.maximum) });
      return t("actions.reasonBadCharacters");
    default:
      return t("actions.notUnderstood");
  }
}
